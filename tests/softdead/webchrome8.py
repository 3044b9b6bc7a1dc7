# ruff: noqa: E501  (interface words in many languages, stylesheets and scripts: data, one item a line)
"""Site templates for the eighth blind set (``blind8.yaml``), written without reading
``curator.classify``, any earlier blind set or template module, or the DEV manifest.

Ten sites of the kinds the web is made of: a news portal, a shop, a forum, a server-rendered
single-page app, a documentation site, a government site, a blog, a video and photo platform, a
dense Asian-style portal and a classifieds board. Each carries what real pages carry around the
article: a cookie dialog, a mega menu, rails of recommended items, ad slots, an inline stylesheet,
an icon sprite, a JSON state blob, analytics and a large footer, so a page weighs 20-120 kB and the
message is a small part of it.

Pages are rendered for the path they are asked at, as real sites render them: the path is in the
canonical link, ``og:url``, the language switcher or the app state, the rails of recommended items
are drawn afresh for it and the date in the header follows it. A catch-all site therefore answers
every made-up URL with a page that differs from the last one, and a site that ignores a slug
answers the same bytes because the server renders the real page's path.
"""

from __future__ import annotations

import datetime
import html
import random
from collections.abc import Callable
from typing import Any

TEMPLATES = frozenset(
    {
        "w8-news",
        "w8-shop",
        "w8-forum",
        "w8-app",
        "w8-docs",
        "w8-gov",
        "w8-blog",
        "w8-media",
        "w8-portal",
        "w8-board",
    }
)

# home|search|log in|cookie sentence|accept|most read|recommended|newsletter|rights|contact|privacy|terms|eight sections
LEX = {
    "en": "Home|Search|Log in|We use cookies to improve your experience and to measure traffic.|Accept all|Most read|Recommended for you|Newsletter|All rights reserved.|Contact|Privacy|Terms of use|News|World|Business|Technology|Culture|Sport|Health|Science",
    "es": "Inicio|Buscar|Iniciar sesión|Usamos cookies para mejorar tu experiencia y medir el tráfico.|Aceptar todo|Lo más leído|Recomendado para ti|Boletín|Todos los derechos reservados.|Contacto|Privacidad|Condiciones de uso|Noticias|Mundo|Economía|Tecnología|Cultura|Deportes|Salud|Ciencia",
    "de": "Startseite|Suche|Anmelden|Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Zugriffe zu messen.|Alle akzeptieren|Meistgelesen|Empfohlen für Sie|Newsletter|Alle Rechte vorbehalten.|Kontakt|Datenschutz|Nutzungsbedingungen|Nachrichten|Welt|Wirtschaft|Technik|Kultur|Sport|Gesundheit|Wissenschaft",
    "fr": "Accueil|Rechercher|Se connecter|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.|Tout accepter|Les plus lus|Recommandé pour vous|Lettre d'information|Tous droits réservés.|Contact|Confidentialité|Conditions d'utilisation|Actualités|Monde|Économie|Technologie|Culture|Sport|Santé|Sciences",
    "it": "Home|Cerca|Accedi|Utilizziamo i cookie per migliorare la tua esperienza e misurare il traffico.|Accetta tutto|I più letti|Consigliati per te|Newsletter|Tutti i diritti riservati.|Contatti|Privacy|Termini d'uso|Notizie|Mondo|Economia|Tecnologia|Cultura|Sport|Salute|Scienza",
    "pt": "Início|Pesquisar|Entrar|Usamos cookies para melhorar a sua experiência e medir o tráfego.|Aceitar tudo|Mais lidas|Recomendado para você|Newsletter|Todos os direitos reservados.|Contato|Privacidade|Termos de uso|Notícias|Mundo|Economia|Tecnologia|Cultura|Esportes|Saúde|Ciência",
    "nl": "Home|Zoeken|Inloggen|We gebruiken cookies om je ervaring te verbeteren en bezoek te meten.|Alles accepteren|Meest gelezen|Aanbevolen voor jou|Nieuwsbrief|Alle rechten voorbehouden.|Contact|Privacy|Gebruiksvoorwaarden|Nieuws|Buitenland|Economie|Tech|Cultuur|Sport|Gezondheid|Wetenschap",
    "pl": "Strona główna|Szukaj|Zaloguj się|Używamy plików cookie, aby poprawić działanie serwisu i mierzyć ruch.|Akceptuję wszystkie|Najczęściej czytane|Polecane dla ciebie|Newsletter|Wszelkie prawa zastrzeżone.|Kontakt|Prywatność|Regulamin|Wiadomości|Świat|Biznes|Technologie|Kultura|Sport|Zdrowie|Nauka",
    "ru": "Главная|Поиск|Войти|Мы используем файлы cookie, чтобы сайт работал лучше.|Принять все|Самое читаемое|Рекомендуем|Рассылка|Все права защищены.|Контакты|Конфиденциальность|Условия использования|Новости|В мире|Экономика|Технологии|Культура|Спорт|Здоровье|Наука",
    "uk": "Головна|Пошук|Увійти|Ми використовуємо файли cookie, щоб сайт працював краще.|Прийняти всі|Найпопулярніше|Рекомендуємо|Розсилка|Усі права захищені.|Контакти|Конфіденційність|Умови використання|Новини|Світ|Економіка|Технології|Культура|Спорт|Здоров'я|Наука",
    "tr": "Ana Sayfa|Ara|Giriş yap|Deneyiminizi iyileştirmek ve trafiği ölçmek için çerez kullanıyoruz.|Tümünü kabul et|En çok okunanlar|Sizin için önerilenler|Bülten|Tüm hakları saklıdır.|İletişim|Gizlilik|Kullanım koşulları|Haberler|Dünya|Ekonomi|Teknoloji|Kültür|Spor|Sağlık|Bilim",
    "sv": "Hem|Sök|Logga in|Vi använder kakor för att förbättra din upplevelse och mäta trafiken.|Godkänn alla|Mest lästa|Rekommenderat för dig|Nyhetsbrev|Alla rättigheter förbehållna.|Kontakt|Integritet|Användarvillkor|Nyheter|Världen|Ekonomi|Teknik|Kultur|Sport|Hälsa|Vetenskap",
    "vi": "Trang chủ|Tìm kiếm|Đăng nhập|Chúng tôi sử dụng cookie để cải thiện trải nghiệm và đo lường lưu lượng truy cập.|Chấp nhận tất cả|Đọc nhiều nhất|Dành cho bạn|Bản tin|Bảo lưu mọi quyền.|Liên hệ|Quyền riêng tư|Điều khoản sử dụng|Tin tức|Thế giới|Kinh doanh|Công nghệ|Văn hóa|Thể thao|Sức khỏe|Khoa học",
    "id": "Beranda|Cari|Masuk|Kami menggunakan cookie untuk meningkatkan pengalaman Anda dan mengukur lalu lintas.|Terima semua|Terpopuler|Rekomendasi untuk Anda|Buletin|Hak cipta dilindungi undang-undang.|Kontak|Privasi|Ketentuan penggunaan|Berita|Dunia|Bisnis|Teknologi|Budaya|Olahraga|Kesehatan|Sains",
    "el": "Αρχική|Αναζήτηση|Σύνδεση|Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας και να μετράμε την επισκεψιμότητα.|Αποδοχή όλων|Τα πιο δημοφιλή|Προτείνουμε για εσάς|Ενημερωτικό δελτίο|Με την επιφύλαξη παντός δικαιώματος.|Επικοινωνία|Απόρρητο|Όροι χρήσης|Ειδήσεις|Κόσμος|Οικονομία|Τεχνολογία|Πολιτισμός|Αθλητισμός|Υγεία|Επιστήμη",
    "zh": "首页|搜索|登录|我们使用 Cookie 来改善您的体验并统计访问量。|全部接受|热门阅读|为你推荐|订阅|版权所有|联系我们|隐私政策|使用条款|新闻|国际|财经|科技|文化|体育|健康|科学",
    "ja": "ホーム|検索|ログイン|当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。|すべて許可|アクセスランキング|あなたへのおすすめ|メールマガジン|無断転載を禁じます。|お問い合わせ|プライバシーポリシー|利用規約|ニュース|国際|経済|テクノロジー|カルチャー|スポーツ|健康|サイエンス",
    "ko": "홈|검색|로그인|더 나은 서비스 제공과 방문 통계를 위해 쿠키를 사용합니다.|모두 동의|많이 본 뉴스|추천 콘텐츠|뉴스레터|무단 전재 및 재배포 금지|고객센터|개인정보처리방침|이용약관|뉴스|국제|경제|IT·과학|문화|스포츠|건강|과학",
    "th": "หน้าแรก|ค้นหา|เข้าสู่ระบบ|เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานและวัดสถิติผู้เข้าชม|ยอมรับทั้งหมด|ยอดนิยม|แนะนำสำหรับคุณ|จดหมายข่าว|สงวนลิขสิทธิ์|ติดต่อเรา|นโยบายความเป็นส่วนตัว|ข้อกำหนดการใช้งาน|ข่าว|ต่างประเทศ|เศรษฐกิจ|เทคโนโลยี|วัฒนธรรม|กีฬา|สุขภาพ|วิทยาศาสตร์",
    "ar": "الرئيسية|بحث|تسجيل الدخول|نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس عدد الزيارات.|قبول الكل|الأكثر قراءة|مقترحات لك|النشرة البريدية|جميع الحقوق محفوظة.|اتصل بنا|الخصوصية|شروط الاستخدام|أخبار|العالم|اقتصاد|تكنولوجيا|ثقافة|رياضة|صحة|علوم",
    "fa": "خانه|جستجو|ورود|ما از کوکی‌ها برای بهبود تجربه شما و سنجش بازدید استفاده می‌کنیم.|پذیرش همه|پربازدیدترین‌ها|پیشنهاد برای شما|خبرنامه|تمامی حقوق محفوظ است.|تماس با ما|حریم خصوصی|شرایط استفاده|اخبار|جهان|اقتصاد|فناوری|فرهنگ|ورزش|سلامت|علم",
    "he": "דף הבית|חיפוש|התחברות|אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה ולמדוד תנועה באתר.|אישור הכול|הנקראים ביותר|מומלץ עבורך|ניוזלטר|כל הזכויות שמורות.|צור קשר|פרטיות|תנאי שימוש|חדשות|עולם|כלכלה|טכנולוגיה|תרבות|ספורט|בריאות|מדע",
    "hi": "होम|खोजें|लॉग इन|हम आपके अनुभव को बेहतर बनाने और ट्रैफ़िक मापने के लिए कुकीज़ का उपयोग करते हैं।|सभी स्वीकार करें|सबसे ज़्यादा पढ़े गए|आपके लिए सुझाव|न्यूज़लेटर|सर्वाधिकार सुरक्षित।|संपर्क करें|गोपनीयता|उपयोग की शर्तें|समाचार|दुनिया|व्यापार|टेक्नोलॉजी|संस्कृति|खेल|स्वास्थ्य|विज्ञान",
    "bn": "প্রচ্ছদ|অনুসন্ধান|লগ ইন|আপনার অভিজ্ঞতা উন্নত করতে ও ভিজিট মাপতে আমরা কুকি ব্যবহার করি।|সব গ্রহণ করুন|সর্বাধিক পঠিত|আপনার জন্য|নিউজলেটার|সর্বস্বত্ব সংরক্ষিত।|যোগাযোগ|গোপনীয়তা|ব্যবহারের শর্তাবলি|সংবাদ|বিশ্ব|বাণিজ্য|প্রযুক্তি|সংস্কৃতি|খেলা|স্বাস্থ্য|বিজ্ঞান",
    "ta": "முகப்பு|தேடல்|உள்நுழை|உங்கள் அனுபவத்தை மேம்படுத்தவும் வருகையை அளவிடவும் குக்கீகளைப் பயன்படுத்துகிறோம்.|அனைத்தையும் ஏற்கவும்|அதிகம் வாசிக்கப்பட்டவை|உங்களுக்காக|செய்திமடல்|அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.|தொடர்புக்கு|தனியுரிமை|பயன்பாட்டு விதிமுறைகள்|செய்திகள்|உலகம்|வணிகம்|தொழில்நுட்பம்|கலாச்சாரம்|விளையாட்டு|ஆரோக்கியம்|அறிவியல்",
    "my": "ပင်မစာမျက်နှာ|ရှာဖွေရန်|ဝင်ရောက်ရန်|သင့်အတွေ့အကြုံ ပိုကောင်းစေရန် ကွတ်ကီးများကို အသုံးပြုပါသည်။|အားလုံးလက်ခံမည်|လူကြိုက်အများဆုံး|သင့်အတွက်|သတင်းလွှာ|မူပိုင်ခွင့်များ ရယူထားသည်။|ဆက်သွယ်ရန်|ကိုယ်ရေးအချက်အလက်|စည်းမျဉ်းများ|သတင်း|ကမ္ဘာ|စီးပွားရေး|နည်းပညာ|ယဉ်ကျေးမှု|အားကစား|ကျန်းမာရေး|သိပ္ပံ",
    "km": "ទំព័រដើម|ស្វែងរក|ចូល|យើងប្រើខូគីដើម្បីកែលម្អបទពិសោធន៍របស់អ្នក។|ទទួលយកទាំងអស់|អានច្រើនបំផុត|ណែនាំសម្រាប់អ្នក|ព្រឹត្តិបត្រ|រក្សាសិទ្ធិគ្រប់យ៉ាង។|ទំនាក់ទំនង|ឯកជនភាព|លក្ខខណ្ឌប្រើប្រាស់|ព័ត៌មាន|អន្តរជាតិ|សេដ្ឋកិច្ច|បច្ចេកវិទ្យា|វប្បធម៌|កីឡា|សុខភាព|វិទ្យាសាស្ត្រ",
    "am": "መነሻ|ፈልግ|ግባ|ተሞክሮዎን ለማሻሻል ኩኪዎችን እንጠቀማለን።|ሁሉንም ተቀበል|በብዛት የተነበቡ|ለእርስዎ የተመረጡ|ጋዜጣ|መብቱ በህግ የተጠበቀ ነው።|ያግኙን|ግላዊነት|የአጠቃቀም ደንቦች|ዜና|ዓለም|ንግድ|ቴክኖሎጂ|ባህል|ስፖርት|ጤና|ሳይንስ",
}  # fmt: skip
# Teasers the rails draw from: six headline-like phrases a language, joined by "|"
HEADLINES = {
    "en": "Council approves budget after late-night session|Five easy dinners for busy weeknights|Why train fares are rising again this spring|The best walking routes within an hour of the city|Local team clinches promotion on final day|What the new parking rules mean for residents",
    "es": "El Ayuntamiento aprueba los presupuestos|Cinco cenas fáciles para entre semana|Por qué suben otra vez los billetes de tren|Las mejores rutas a una hora de la ciudad|El equipo local asciende en la última jornada|Qué cambia con la nueva ordenanza de aparcamiento",
    "de": "Stadtrat beschließt Haushalt nach langer Sitzung|Fünf schnelle Abendessen für die Woche|Warum die Bahnpreise wieder steigen|Die schönsten Wanderwege rund um die Stadt|Heimteam schafft den Aufstieg am letzten Spieltag|Was die neuen Parkregeln für Anwohner bedeuten",
    "fr": "Le conseil municipal adopte le budget|Cinq dîners faciles pour la semaine|Pourquoi les billets de train augmentent encore|Les plus belles balades à une heure de la ville|Le club local assure sa montée|Stationnement : ce qui change pour les riverains",
    "it": "Il consiglio comunale approva il bilancio|Cinque cene veloci per la settimana|Perché i biglietti del treno aumentano ancora|Le passeggiate più belle vicino alla città|La squadra locale conquista la promozione|Parcheggi, cosa cambia per i residenti",
    "pt": "Câmara aprova orçamento após longa sessão|Cinco jantares rápidos para a semana|Por que as passagens de trem sobem de novo|As melhores trilhas perto da cidade|Time local garante o acesso na última rodada|O que muda com as novas regras de estacionamento",
    "nl": "Gemeenteraad stemt in met begroting|Vijf snelle doordeweekse maaltijden|Waarom treinkaartjes weer duurder worden|De mooiste wandelroutes rond de stad|Thuisclub promoveert op de laatste speeldag|Wat de nieuwe parkeerregels betekenen voor bewoners",
    "pl": "Rada miasta przyjęła budżet|Pięć szybkich obiadów na cały tydzień|Dlaczego bilety kolejowe znów drożeją|Najpiękniejsze trasy spacerowe blisko miasta|Miejscowy klub awansował w ostatniej kolejce|Co zmieniają nowe zasady parkowania",
    "ru": "Горсовет утвердил бюджет после долгого заседания|Пять быстрых ужинов на неделю|Почему снова дорожают билеты на поезд|Лучшие пешие маршруты рядом с городом|Местная команда вышла в высшую лигу|Что изменят новые правила парковки",
    "uk": "Міська рада ухвалила бюджет|П'ять швидких вечерь на тиждень|Чому знову дорожчають квитки на потяг|Найкращі пішохідні маршрути біля міста|Місцева команда здобула підвищення|Що змінять нові правила паркування",
    "tr": "Belediye meclisi bütçeyi onayladı|Hafta içi için beş kolay akşam yemeği|Tren biletleri neden yine zamlandı|Şehre bir saat mesafedeki en güzel yürüyüş rotaları|Yerel takım son haftada şampiyon oldu|Yeni otopark kuralları neler getiriyor",
    "sv": "Kommunfullmäktige klubbade budgeten|Fem snabba vardagsmiddagar|Därför höjs tågpriserna igen|De finaste vandringslederna nära stan|Hemmalaget klart för avancemang|Det här betyder de nya parkeringsreglerna",
    "vi": "Hội đồng thành phố thông qua ngân sách|Năm món tối dễ làm cho ngày bận rộn|Vì sao giá vé tàu lại tăng|Những cung đường đi bộ đẹp gần thành phố|Đội bóng địa phương giành quyền thăng hạng|Quy định đỗ xe mới thay đổi những gì",
    "id": "DPRD setujui anggaran setelah rapat panjang|Lima menu makan malam praktis|Mengapa harga tiket kereta naik lagi|Rute jalan kaki terindah dekat kota|Tim lokal pastikan promosi di laga terakhir|Apa arti aturan parkir baru bagi warga",
    "el": "Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό|Πέντε εύκολα βραδινά για την εβδομάδα|Γιατί ακριβαίνουν ξανά τα εισιτήρια τρένου|Οι ωραιότερες διαδρομές κοντά στην πόλη|Η τοπική ομάδα πήρε την άνοδο|Τι αλλάζει με τους νέους κανόνες στάθμευσης",
    "zh": "市议会通过年度预算|五道适合工作日的快手晚餐|火车票为何再次涨价|城市周边最美徒步路线|本地球队末轮锁定升级|停车新规对居民意味着什么",
    "ja": "市議会、新年度予算を可決|平日に作れる簡単晩ごはん5選|鉄道運賃、再び値上げの理由|街から1時間で行ける絶景ハイキング|地元クラブ、最終節で昇格決定|新しい駐車ルール、住民への影響は",
    "ko": "시의회, 내년도 예산안 통과|평일 저녁 간단 요리 다섯 가지|기차 요금 또 오르는 이유|도심에서 한 시간 거리 산책길|지역 구단 마지막 경기서 승격 확정|새 주차 규정, 주민에게 달라지는 점",
    "th": "สภาเมืองอนุมัติงบประมาณประจำปี|ห้าเมนูมื้อเย็นง่ายๆ สำหรับวันทำงาน|ทำไมค่าตั๋วรถไฟขึ้นอีกครั้ง|เส้นทางเดินป่าสวยใกล้เมือง|ทีมท้องถิ่นคว้าตั๋วเลื่อนชั้น|กฎจอดรถใหม่มีอะไรเปลี่ยนบ้าง",
    "ar": "المجلس البلدي يقر الميزانية|خمس وجبات عشاء سهلة لأيام الأسبوع|لماذا ترتفع أسعار تذاكر القطار مجدداً|أجمل مسارات المشي قرب المدينة|الفريق المحلي يضمن الصعود في الجولة الأخيرة|ماذا تعني قواعد الوقوف الجديدة للسكان",
    "fa": "شورای شهر بودجه را تصویب کرد|پنج شام ساده برای روزهای کاری|چرا بلیت قطار دوباره گران شد|زیباترین مسیرهای پیاده‌روی نزدیک شهر|تیم محلی در هفته آخر صعود کرد|قوانین جدید پارک خودرو چه تغییری دارد",
    "he": "מועצת העיר אישרה את התקציב|חמש ארוחות ערב קלות לאמצע השבוע|למה מחירי הרכבת עולים שוב|מסלולי ההליכה היפים ליד העיר|הקבוצה המקומית עלתה ליגה במחזור האחרון|מה משנים כללי החניה החדשים",
    "hi": "नगर परिषद ने बजट पास किया|हफ़्ते के दिनों के लिए पाँच आसान डिनर|रेल किराया फिर क्यों बढ़ा|शहर के पास सबसे सुंदर पैदल रास्ते|स्थानीय टीम ने आख़िरी मैच में प्रमोशन पक्का किया|नए पार्किंग नियमों से क्या बदलेगा",
    "bn": "পৌরসভায় বাজেট পাস|সপ্তাহের দিনের জন্য পাঁচটি সহজ রান্না|ট্রেনের ভাড়া আবার কেন বাড়ল|শহরের কাছে সবচেয়ে সুন্দর হাঁটার পথ|শেষ ম্যাচে স্থানীয় দলের উত্তরণ|নতুন পার্কিং নিয়মে কী বদলাবে",
    "ta": "நகர்மன்றம் வரவு செலவுத் திட்டத்துக்கு ஒப்புதல்|வார நாட்களுக்கு ஐந்து எளிய இரவு உணவுகள்|ரயில் கட்டணம் மீண்டும் ஏன் உயர்கிறது|நகருக்கு அருகே அழகான நடைப் பாதைகள்|கடைசி ஆட்டத்தில் உள்ளூர் அணிக்கு பதவி உயர்வு|புதிய வாகன நிறுத்த விதிகள் என்ன சொல்கின்றன",
    "my": "မြို့တော်ကောင်စီ ဘတ်ဂျက်အတည်ပြု|ရုံးရက်အတွက် လွယ်ကူသော ညစာ ငါးမျိုး|ရထားလက်မှတ်ခ ဘာကြောင့် ထပ်တက်သလဲ|မြို့အနီး လမ်းလျှောက်စရာ နေရာလှများ|ဒေသခံအသင်း နောက်ဆုံးပွဲတွင် တန်းတက်|ကားရပ်နားမှု စည်းမျဉ်းသစ်",
    "km": "ក្រុមប្រឹក្សាក្រុងអនុម័តថវិកា|ម្ហូបពេលល្ងាចងាយៗប្រាំមុខ|ហេតុអ្វីថ្លៃសំបុត្ររថភ្លើងឡើងម្តងទៀត|ផ្លូវដើរលេងស្អាតៗជិតទីក្រុង|ក្រុមបាល់ទាត់ក្នុងស្រុកឡើងថ្នាក់|ច្បាប់ចតរថយន្តថ្មីប្តូរអ្វីខ្លះ",
    "am": "የከተማው ምክር ቤት በጀቱን አፀደቀ|ለሳምንቱ ቀናት አምስት ቀላል እራቶች|የባቡር ዋጋ ለምን እንደገና ጨመረ|ከከተማው አቅራቢያ ያሉ ውብ የእግር መንገዶች|የአካባቢው ቡድን በመጨረሻው ጨዋታ አደገ|አዲሱ የመኪና ማቆሚያ ደንብ ምን ይለውጣል",
}  # fmt: skip
RTL = frozenset({"ar", "fa", "he"})
KEYS = (
    "home", "search", "login", "cookie", "accept", "mostread", "recommended", "newsletter",
    "rights", "contact", "privacy", "terms",
)  # fmt: skip
SWITCHER = ("en", "es", "de", "fr", "ja", "zh", "ar")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


class Ctx:
    """One rendering: the case, its interface words, and a generator seeded by the path."""

    def __init__(self, case: Any) -> None:
        self.case = case
        self.lang: str = case.lang if case.lang in LEX else "en"
        words = LEX[self.lang].split("|")
        self.words = dict(zip(KEYS, words[: len(KEYS)], strict=True))
        self.sections: list[str] = words[len(KEYS) :]
        self.headlines: list[str] = HEADLINES[self.lang].split("|")
        self.path: str = case.link_path
        self.rng = random.Random(f"{case.id}|{case.chrome}|{self.path}")
        self.site = html.escape(case.site)
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=self.rng.randrange(340))
        self.today = _date(day, self.lang)
        self.dir = "rtl" if case.lang in RTL else "ltr"

    def w(self, key: str) -> str:
        return self.words[key]

    def hexid(self, n: int = 8) -> str:
        return f"{self.rng.randrange(16**n):0{n}x}"


def _date(day: datetime.date, lang: str) -> str:
    if lang in ("zh", "ja"):
        return f"{day.year}年{day.month}月{day.day}日"
    if lang == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    if lang == "en":
        return f"{day:%A}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def render(case: Any) -> str:
    """The case's page in its site template, rendered for ``case.link_path``."""
    return LAYOUTS[case.chrome](Ctx(case))


# -- shared pieces --------------------------------------------------------------------------

CSS_SELECTORS = (
    ".hdr", ".hdr__bar", ".nav", ".nav__item", ".nav__link", ".mega", ".mega__col", ".card",
    ".card__img", ".card__title", ".rail", ".rail__item", ".ftr", ".ftr__col", ".btn",
    ".btn--primary", ".cc-banner", ".cc-btn", ".ad-slot", ".crumbs", ".sidebar", ".widget",
    ".tag", ".badge", ".price", ".avatar", ".post", ".post__meta", ".toc", ".toc__link",
)  # fmt: skip
CSS_RULES = (
    "display:flex;align-items:center;justify-content:space-between",
    "margin:0 auto;max-width:1280px;padding:0 16px",
    "font:400 15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1a1a1a",
    "border-bottom:1px solid #e5e5e5;background:#fff;position:sticky;top:0;z-index:40",
    "display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:24px",
    "overflow:hidden;text-overflow:ellipsis;white-space:nowrap",
    "transition:color .2s ease,background-color .2s ease;cursor:pointer",
    "border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.12),0 1px 2px rgba(0,0,0,.24)",
)  # fmt: skip


def stylesheet(ctx: Ctx, kb: int) -> str:
    """An inline stylesheet of about ``kb`` kB, as sites inline their critical CSS."""
    rng = random.Random(ctx.case.chrome)
    rules: list[str] = []
    size = 0
    while size < kb * 1024:
        selector = rng.choice(CSS_SELECTORS) + rng.choice(
            ("", ":hover", ">a", " .ico", "--lg", ":focus-visible")
        )
        rule = f"{selector}{{{rng.choice(CSS_RULES)}}}"
        if rng.random() < 0.15:
            rule = f"@media (min-width:{rng.choice((640, 768, 1024, 1280))}px){{{rule}}}"
        rules.append(rule)
        size += len(rule)
    return "<style>" + "".join(rules) + "</style>"


def sprite(ctx: Ctx) -> str:
    rng = random.Random(ctx.case.chrome + "svg")
    symbols = []
    for name in (
        "search",
        "menu",
        "user",
        "cart",
        "close",
        "share",
        "play",
        "chevron",
        "bell",
        "globe",
    ):
        points = " ".join(
            f"{rng.randrange(24)}.{rng.randrange(99)} {rng.randrange(24)}.{rng.randrange(99)}"
            for _ in range(18)
        )
        symbols.append(f'<symbol id="i-{name}" viewBox="0 0 24 24"><path d="M{points}z"/></symbol>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none">'
        + "".join(symbols)
        + "</svg>"
    )


def script_blob(ctx: Ctx, kb: int) -> str:
    """Minified-looking bundle code, as pages inline their runtime."""
    rng = random.Random(ctx.case.chrome + "js")
    parts: list[str] = []
    size = 0
    while size < kb * 1024:
        a, b = rng.randrange(999), rng.randrange(999)
        part = (
            f"function _{a}(e,t){{var n=e&&e.__esModule?e:{{default:e}};"
            f'return t.d(n,"k{b}",function(){{return n.default}}),n}}'
            f'var r{a}=function(){{try{{return window.localStorage.getItem("c{b}")}}catch(e){{return null}}}};'
        )
        parts.append(part)
        size += len(part)
    return "<script>!function(){" + "".join(parts) + "}();</script>"


def analytics(ctx: Ctx) -> str:
    tag = ctx.rng.randrange(10**9)
    return (
        f'<script async src="/tag/js?id=G-{tag}"></script>'
        f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}"
        f"dataLayer.push({{'httpStatus':{ctx.case.status},'locale':'{ctx.lang}'}});"
        f"gtag('js',new Date());gtag('config','G-{tag}',{{anonymize_ip:true}});</script>"
        f"<script>(function(w,d,s){{var f=d.getElementsByTagName(s)[0],j=d.createElement(s);"
        f"j.async=true;j.src='/px/loader.js?v={ctx.hexid()}';f.parentNode.insertBefore(j,f)}})"
        f"(window,document,'script');</script>"
    )


def head(ctx: Ctx, css_kb: int, extra: str = "") -> str:
    case = ctx.case
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    path = html.escape(ctx.path, quote=True)
    return (
        f'<!DOCTYPE html><html lang="{case.lang}" dir="{ctx.dir}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">{title}'
        f'<meta property="og:site_name" content="{ctx.site}">'
        f'<meta property="og:url" content="https://{case.host}{path}">'
        f'<meta name="theme-color" content="#{ctx.rng.randrange(16**6):06x}">'
        f'<link rel="preconnect" href="https://cdn.{case.host}"><link rel="icon" href="/favicon.ico">'
        f"{extra}{stylesheet(ctx, css_kb)}"
        f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebSite",'
        f'"name":"{ctx.site}","url":"https://{case.host}/","potentialAction":{{"@type":"SearchAction",'
        f'"target":"https://{case.host}/search?q={{q}}","query-input":"required name=q"}}}}</script>'
        f"{analytics(ctx)}</head>"
    )


def alternates(ctx: Ctx) -> str:
    path = html.escape(ctx.path, quote=True)
    return "".join(
        f'<link rel="alternate" hreflang="{lang}" href="https://{ctx.case.host}/{lang}{path}">'
        for lang in SWITCHER
    )


def switcher(ctx: Ctx) -> str:
    path = html.escape(ctx.path, quote=True)
    items = "".join(
        f'<li><a href="/{lang}{path}" lang="{lang}">{lang.upper()}</a></li>' for lang in SWITCHER
    )
    return f'<ul class="lang-switch" aria-label="Language">{items}</ul>'


def cookie_banner(ctx: Ctx) -> str:
    return (
        f'<div id="cc-banner" class="cc-banner" role="dialog" aria-modal="true" aria-live="polite">'
        f'<p class="cc-text">{ctx.w("cookie")} <a href="/privacy#cookies">{ctx.w("privacy")}</a></p>'
        f'<div class="cc-actions"><button class="cc-btn cc-btn--accept" data-consent="all">{ctx.w("accept")}</button>'
        f'<button class="cc-btn cc-btn--settings" data-consent="settings">⚙</button></div></div>'
    )


def nav(ctx: Ctx, mega: bool = True) -> str:
    items = []
    for number, section in enumerate(ctx.sections):
        sub = ""
        if mega:
            links = "".join(
                f'<li><a href="/{number}/{k}">{html.escape(ctx.sections[(number + k) % 8])} {k + 1}</a></li>'
                for k in range(10)
            )
            sub = f'<div class="mega"><div class="mega__col"><ul>{links}</ul></div></div>'
        items.append(
            f'<li class="nav__item"><a class="nav__link" href="/s/{number}">{section}</a>{sub}</li>'
        )
    return f'<nav class="nav" aria-label="Main"><ul>{"".join(items)}</ul></nav>'


def search_form(ctx: Ctx) -> str:
    return (
        f'<form class="search" role="search" action="/search" method="get">'
        f'<input type="search" name="q" placeholder="{ctx.w("search")}…" aria-label="{ctx.w("search")}">'
        f'<button type="submit"><svg class="ico"><use href="#i-search"/></svg></button></form>'
    )


def rail(ctx: Ctx, heading: str, count: int, kind: str = "card") -> str:
    """Recommended items drawn for this path: a catch-all page shows different ones per URL."""
    items = []
    for _ in range(count):
        section = ctx.rng.choice(ctx.sections)
        teaser = html.escape(ctx.rng.choice(ctx.headlines))
        href = f"/{ctx.rng.randrange(9)}/{ctx.rng.randrange(10_000, 99_999)}"
        if kind == "card":
            items.append(
                f'<li class="rail__item"><a href="{href}">'
                f'<img src="https://cdn.{ctx.case.host}/img/{ctx.hexid()}.webp" alt="" loading="lazy" width="320" height="180">'
                f'<span class="badge">{section}</span><span class="card__title">{teaser}</span>'
                f"<time>{ctx.rng.randrange(1, 59)}′</time></a></li>"
            )
        else:
            items.append(f'<li><a href="{href}">{teaser}</a></li>')
    return f'<section class="rail"><h2 class="rail__title">{heading}</h2><ul>{"".join(items)}</ul></section>'


def ad(ctx: Ctx, slot: str) -> str:
    return (
        f'<div class="ad-slot" id="ad-{slot}" data-slot="/{ctx.rng.randrange(10**7)}/{slot}" '
        f'data-sizes="[[728,90],[970,250],[300,250]]" aria-hidden="true"></div>'
    )


def footer(ctx: Ctx, columns: int = 4, links: int = 12) -> str:
    cols = []
    for c in range(columns):
        lis = "".join(
            f'<li><a href="/f/{c}/{k}">{ctx.sections[(c + k) % 8]} · {ctx.sections[(c * 3 + k) % 8]}</a></li>'
            for k in range(links)
        )
        cols.append(f'<div class="ftr__col"><h3>{ctx.sections[c % 8]}</h3><ul>{lis}</ul></div>')
    legal = (
        f'<ul class="legal"><li><a href="/contact">{ctx.w("contact")}</a></li>'
        f'<li><a href="/privacy">{ctx.w("privacy")}</a></li><li><a href="/terms">{ctx.w("terms")}</a></li></ul>'
    )
    return (
        f'<footer class="ftr"><div class="ftr__cols">{"".join(cols)}</div>'
        f'<form class="ftr__newsletter" action="/newsletter"><label>{ctx.w("newsletter")}'
        f'<input type="email" name="email" autocomplete="email"></label><button>→</button></form>'
        f'{legal}<p class="copy">© {2026 - ctx.rng.randrange(3)} {ctx.site}. {ctx.w("rights")}</p></footer>'
    )


def article(ctx: Ctx, cls: str = "article__body") -> str:
    """The case's own part of the page: heading, message and any filler paragraphs."""
    case = ctx.case
    h1 = f"<h1>{case.h1}</h1>" if case.h1 else ""
    return f'{h1}<div class="{cls}">{case.message}{_filler(case)}</div>'


def _filler(case: Any) -> str:
    if not case.filler:
        return ""
    # the DEV set's shared article text, imported here because devset imports this module
    from softdead.devset import FILLER

    pool = FILLER.get(case.topic, FILLER["health"])
    text = pool.get(case.lang, pool["en"])
    return "".join(f"<p>{text}</p>" for _ in range(case.filler))


def state(ctx: Ctx, name: str, extra: str = "") -> str:
    """The app state blob a framework inlines for hydration: route, locale, build, flags."""
    path = ctx.path.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\u003c")
    flags = ",".join(
        f'"exp_{ctx.rng.randrange(999)}":{ctx.rng.choice(("true", "false"))}' for _ in range(40)
    )
    return (
        f'<script type="application/json" id="{name}">{{"route":{{"path":"{path}","locale":"{ctx.lang}"}},'
        f'"build":"{ctx.hexid(12)}","flags":{{{flags}}}{extra}}}</script>'
    )


def tail(ctx: Ctx, js_kb: int) -> str:
    chunks = "".join(
        f'<script src="/_static/chunks/{ctx.hexid()}.js" defer></script>' for _ in range(8)
    )
    return f"{cookie_banner(ctx)}{script_blob(ctx, js_kb)}{chunks}</body></html>"


# -- the ten sites --------------------------------------------------------------------------


def news(ctx: Ctx) -> str:
    ticker = "".join(
        f"<li><a href='/live/{ctx.rng.randrange(10**6)}'>{s}</a></li>" for s in ctx.sections
    )
    return (
        head(ctx, 14, alternates(ctx)) + f'<body class="layout-news">{sprite(ctx)}'
        f'<a class="skip" href="#main">↓</a><header class="hdr"><div class="hdr__bar"><time>{ctx.today}</time>'
        f'<span class="weather">{ctx.rng.randrange(-5, 33)}°</span>{switcher(ctx)}'
        f'<a href="/login">{ctx.w("login")}</a></div><a class="logo" href="/">{ctx.site}</a>{search_form(ctx)}'
        f'{nav(ctx)}<div class="breaking"><ul>{ticker}</ul></div></header>{ad(ctx, "leaderboard")}'
        f'<main id="main" class="main"><article class="article">{article(ctx)}</article>'
        f'<aside class="sidebar">{ad(ctx, "mpu")}{rail(ctx, ctx.w("mostread"), 10, "list")}</aside></main>'
        f"{rail(ctx, ctx.w('recommended'), 16)}{footer(ctx, 5, 14)}{tail(ctx, 18)}"
    )


def shop(ctx: Ctx) -> str:
    cats = "".join(f'<li><a href="/c/{k}">{s}</a></li>' for k, s in enumerate(ctx.sections * 3))
    return (
        head(ctx, 20, f'<link rel="canonical" href="{html.escape(ctx.path, quote=True)}">')
        + f'<body class="shop">{sprite(ctx)}<div class="promo">🚚 {ctx.w("newsletter")} −10%</div>'
        f'<header class="hdr"><a class="logo" href="/">{ctx.site}</a>{search_form(ctx)}'
        f'<a href="/account">{ctx.w("login")}</a><a href="/cart"><svg class="ico"><use href="#i-cart"/></svg>'
        f'<span class="badge">0</span></a>{nav(ctx)}</header><div class="crumbs"><a href="/">{ctx.w("home")}</a></div>'
        f'<div class="page"><aside class="filters"><ul>{cats}</ul></aside><main class="pdp">{article(ctx, "pdp__body")}</main></div>'
        f"{rail(ctx, ctx.w('recommended'), 18)}"
        + state(
            ctx,
            "__INITIAL_STATE__",
            f',"cart":{{"items":[],"currency":"EUR"}},"sku":"{ctx.hexid(6)}"',
        )
        + f"{footer(ctx, 4, 10)}{tail(ctx, 24)}"
    )


def forum(ctx: Ctx) -> str:
    hot = rail(ctx, ctx.w("mostread"), 15, "list")
    boards = "".join(
        f'<li><a href="/forum/{k}">{s}</a> <span class="count">{ctx.rng.randrange(100, 90000)}</span></li>'
        for k, s in enumerate(ctx.sections)
    )
    return (
        head(ctx, 10, f'<link rel="canonical" href="{html.escape(ctx.path, quote=True)}">')
        + f'<body class="forum">{sprite(ctx)}<header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{search_form(ctx)}<a href="/login">{ctx.w("login")}</a>{nav(ctx, mega=False)}</header>'
        f'<div class="wrap"><aside class="sidebar"><ul class="boards">{boards}</ul>{hot}</aside>'
        f'<main class="topic">{article(ctx, "topic__body")}</main></div>'
        f"{rail(ctx, ctx.w('recommended'), 10, 'list')}{footer(ctx, 3, 10)}{tail(ctx, 16)}"
    )


def app(ctx: Ctx) -> str:
    """A server-rendered single-page app: the shell, the rendered route, the hydration state."""
    return (
        head(ctx, 12, alternates(ctx))
        + f'<body>{sprite(ctx)}<div id="__app" data-reactroot=""><header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{nav(ctx)}{search_form(ctx)}</header><main class="route">{article(ctx, "route__body")}</main>'
        f"{rail(ctx, ctx.w('recommended'), 12)}{footer(ctx, 4, 8)}</div>"
        + state(ctx, "__APP_STATE__", f',"user":null,"ab":"{ctx.hexid(4)}"')
        + tail(ctx, 30)
    )


def docs(ctx: Ctx) -> str:
    tree = "".join(
        f"<li><details><summary>{s}</summary><ul>"
        + "".join(f'<li><a href="/docs/{k}/{j}">{s} {k}.{j}</a></li>' for j in range(8))
        + "</ul></details></li>"
        for k, s in enumerate(ctx.sections)
    )
    versions = "".join(f"<option>v{v}.{ctx.rng.randrange(9)}</option>" for v in range(9, 2, -1))
    return (
        head(ctx, 12, f'<link rel="canonical" href="{html.escape(ctx.path, quote=True)}">')
        + f'<body class="docs">{sprite(ctx)}<header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'<select class="version">{versions}</select>{search_form(ctx)}{switcher(ctx)}</header>'
        f'<div class="docs-layout"><nav class="docs-tree"><ul>{tree}</ul></nav>'
        f'<main class="docs-main">{article(ctx, "markdown")}</main>'
        f'<aside class="toc"><a href="#top" class="toc__link">↑</a></aside></div>'
        f"{footer(ctx, 4, 8)}{tail(ctx, 14)}"
    )


def gov(ctx: Ctx) -> str:
    services = "".join(
        f'<li><a href="/browse/{k}">{s}</a></li>' for k, s in enumerate(ctx.sections)
    )
    return (
        head(ctx, 10) + f'<body class="gov">{sprite(ctx)}<a class="skip" href="#content">↓</a>'
        f'<div class="gov-banner">{ctx.site} · {ctx.today}</div>'
        f'<header class="hdr"><a class="logo" href="/">{ctx.site}</a>{search_form(ctx)}'
        f'<ul class="services">{services}</ul></header><div class="crumbs"><a href="/">{ctx.w("home")}</a> › '
        f'<a href="/browse">{ctx.sections[0]}</a></div><main id="content">{article(ctx, "govspeak")}</main>'
        f'<aside class="related">{rail(ctx, ctx.w("recommended"), 8, "list")}</aside>'
        f'<form class="feedback" action="/contact/feedback"><fieldset><legend>?</legend>'
        f'<button name="useful" value="yes">✓</button><button name="useful" value="no">✗</button></fieldset></form>'
        f"{footer(ctx, 6, 12)}{tail(ctx, 10)}"
    )


def blog(ctx: Ctx) -> str:
    archive = "".join(
        f'<li><a href="/{y}/{m:02d}/">{y}-{m:02d}</a> ({ctx.rng.randrange(1, 30)})</li>'
        for y in (2025, 2024, 2023, 2022)
        for m in range(12, 0, -1)
    )
    cloud = "".join(
        f'<a class="tag" href="/tag/{k}" style="font-size:{ctx.rng.randrange(10, 22)}px">{s}</a> '
        for k, s in enumerate(ctx.sections * 2)
    )
    return (
        head(ctx, 16, f'<link rel="canonical" href="{html.escape(ctx.path, quote=True)}">')
        + f'<body class="blog single">{sprite(ctx)}<header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{nav(ctx, mega=False)}</header><div class="wrap"><main class="entry">{article(ctx, "entry-content")}</main>'
        f'<aside class="sidebar"><section class="widget">{search_form(ctx)}</section>'
        f'<section class="widget">{rail(ctx, ctx.w("recommended"), 6, "list")}</section>'
        f'<section class="widget widget_archive"><ul>{archive}</ul></section>'
        f'<section class="widget widget_tag_cloud">{cloud}</section></aside></div>'
        f"{footer(ctx, 3, 8)}{tail(ctx, 16)}"
    )


def media(ctx: Ctx) -> str:
    return (
        head(ctx, 14, alternates(ctx))
        + f'<body class="watch">{sprite(ctx)}<header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{search_form(ctx)}<a href="/upload"><svg class="ico"><use href="#i-play"/></svg></a>'
        f'<a href="/login">{ctx.w("login")}</a></header><nav class="chips">{nav(ctx, mega=False)}</nav>'
        f'<main class="watch-main"><div class="player" data-player="{ctx.hexid()}"></div>{article(ctx, "watch-body")}</main>'
        f'<aside class="up-next">{rail(ctx, ctx.w("recommended"), 24)}</aside>'
        + state(
            ctx, "__PLAYER_CONFIG__", ',"ads":{"preroll":true},"quality":["240p","480p","1080p"]'
        )
        + f"{footer(ctx, 3, 6)}{tail(ctx, 26)}"
    )


def portal(ctx: Ctx) -> str:
    """A dense portal page of many small link boxes, as large Asian portals draw them."""
    boxes = "".join(
        f'<div class="box"><h3>{s}</h3>{rail(ctx, ctx.w("mostread"), 12, "list")}</div>'
        for s in ctx.sections[:6]
    )
    return (
        head(ctx, 8, alternates(ctx))
        + f'<body class="portal">{sprite(ctx)}<div class="topbar"><time>{ctx.today}</time>{switcher(ctx)}'
        f'<a href="/login">{ctx.w("login")}</a></div><header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{search_form(ctx)}</header>{nav(ctx)}{ad(ctx, "top")}<div class="cols"><main class="center">{article(ctx, "news-body")}</main>'
        f'<aside class="side">{ad(ctx, "side")}{rail(ctx, ctx.w("recommended"), 10, "list")}</aside></div>'
        f'<div class="boxes">{boxes}</div>{footer(ctx, 4, 10)}{tail(ctx, 12)}'
    )


def board(ctx: Ctx) -> str:
    filters = "".join(
        f'<label><input type="checkbox" name="f{k}" value="{j}"> {s} ({ctx.rng.randrange(1, 999)})</label>'
        for k, s in enumerate(ctx.sections)
        for j in range(3)
    )
    return (
        head(ctx, 12, f'<link rel="canonical" href="{html.escape(ctx.path, quote=True)}">')
        + f'<body class="listing">{sprite(ctx)}<header class="hdr"><a class="logo" href="/">{ctx.site}</a>'
        f'{search_form(ctx)}<a class="btn btn--primary" href="/post">+</a><a href="/login">{ctx.w("login")}</a></header>'
        f'{nav(ctx, mega=False)}<div class="layout"><aside class="filters"><form action="/search">{filters}</form></aside>'
        f'<main class="listing-main">{article(ctx, "listing-body")}</main></div>'
        f"{rail(ctx, ctx.w('recommended'), 14)}"
        + state(
            ctx,
            "__LISTING__",
            f',"map":{{"lat":{ctx.rng.uniform(-60, 60):.4f},"lng":{ctx.rng.uniform(-150, 150):.4f}}}',
        )
        + f"{footer(ctx, 4, 10)}{tail(ctx, 18)}"
    )


LAYOUTS: dict[str, Callable[[Ctx], str]] = {
    "w8-news": news,
    "w8-shop": shop,
    "w8-forum": forum,
    "w8-app": app,
    "w8-docs": docs,
    "w8-gov": gov,
    "w8-blog": blog,
    "w8-media": media,
    "w8-portal": portal,
    "w8-board": board,
}
assert set(LAYOUTS) == TEMPLATES
