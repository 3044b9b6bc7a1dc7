# ruff: noqa: E501  (menus, headlines and banners in many languages: data, one item a line)
"""Site templates for the tenth soft-dead blind set (``blind10.yaml``).

Written without reading ``curator.classify``, any earlier blind set or its templates: the
chrome is modelled on the kinds of sites the product cites (a health library, a drug database, a
hospital, a government portal, a university, a newsroom, a shop, a forum, a video site, a
single-page app, a job board, a blog, a symptom checker) as their pages really weigh: inline
CSS, a mega menu, a cookie banner, consent and analytics scripts, rails of related items, a big
footer. The rails, a render stamp and the canonical link are drawn from the case's id and path,
so a site that renders its catch-all page for the asked path (``probe: varied`` or ``echo``)
answers a page that differs from one URL to the next, as real catch-alls do.
"""

from __future__ import annotations

import html
import random
from typing import Any

# Per language: nav items (8), search, log in, cookie sentence, accept, privacy, all rights,
# newsletter, related heading, popular heading.
CHROME: dict[str, tuple[list[str], str, str, str, str, str, str, str, str, str]] = {
    "en": (["Health A–Z", "Conditions", "Medicines", "Services", "Research", "News", "About us", "Contact"], "Search", "Sign in", "We use cookies to improve your experience and to measure how our site is used.", "Accept all", "Privacy policy", "All rights reserved.", "Get our weekly newsletter", "Related", "Most read"),
    "es": (["Salud A–Z", "Enfermedades", "Medicamentos", "Servicios", "Investigación", "Noticias", "Quiénes somos", "Contacto"], "Buscar", "Iniciar sesión", "Utilizamos cookies propias y de terceros para mejorar tu experiencia y analizar el uso del sitio.", "Aceptar todo", "Política de privacidad", "Todos los derechos reservados.", "Recibe nuestro boletín semanal", "Relacionado", "Lo más leído"),
    "de": (["Gesundheit A–Z", "Krankheiten", "Arzneimittel", "Leistungen", "Forschung", "Aktuelles", "Über uns", "Kontakt"], "Suche", "Anmelden", "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.", "Alle akzeptieren", "Datenschutz", "Alle Rechte vorbehalten.", "Newsletter abonnieren", "Verwandte Themen", "Meistgelesen"),
    "fr": (["Santé de A à Z", "Maladies", "Médicaments", "Services", "Recherche", "Actualités", "Qui sommes-nous", "Contact"], "Rechercher", "Se connecter", "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience du site.", "Tout accepter", "Politique de confidentialité", "Tous droits réservés.", "Recevez notre lettre d'information", "À lire aussi", "Les plus lus"),
    "pt": (["Saúde de A a Z", "Doenças", "Medicamentos", "Serviços", "Pesquisa", "Notícias", "Quem somos", "Contato"], "Buscar", "Entrar", "Usamos cookies para melhorar sua experiência e medir o uso do site.", "Aceitar todos", "Política de privacidade", "Todos os direitos reservados.", "Assine nossa newsletter", "Relacionados", "Mais lidas"),
    "it": (["Salute dalla A alla Z", "Malattie", "Farmaci", "Servizi", "Ricerca", "Notizie", "Chi siamo", "Contatti"], "Cerca", "Accedi", "Utilizziamo i cookie per migliorare la tua esperienza e analizzare il traffico.", "Accetta tutti", "Informativa privacy", "Tutti i diritti riservati.", "Iscriviti alla newsletter", "Articoli correlati", "I più letti"),
    "pl": (["Zdrowie od A do Z", "Choroby", "Leki", "Usługi", "Badania", "Aktualności", "O nas", "Kontakt"], "Szukaj", "Zaloguj się", "Używamy plików cookie, aby ulepszać działanie serwisu i mierzyć ruch.", "Akceptuję wszystkie", "Polityka prywatności", "Wszelkie prawa zastrzeżone.", "Zapisz się do newslettera", "Powiązane", "Najczęściej czytane"),
    "ru": (["Здоровье от А до Я", "Заболевания", "Лекарства", "Услуги", "Наука", "Новости", "О нас", "Контакты"], "Поиск", "Войти", "Мы используем файлы cookie, чтобы сайт работал лучше.", "Принять все", "Политика конфиденциальности", "Все права защищены.", "Подпишитесь на рассылку", "Читайте также", "Самое читаемое"),
    "uk": (["Здоров'я від А до Я", "Хвороби", "Ліки", "Послуги", "Дослідження", "Новини", "Про нас", "Контакти"], "Пошук", "Увійти", "Ми використовуємо файли cookie, щоб покращити роботу сайту.", "Прийняти всі", "Політика конфіденційності", "Усі права захищено.", "Підпишіться на розсилку", "Читайте також", "Найпопулярніше"),
    "ja": (["健康百科", "病気・症状", "くすり", "診療案内", "研究", "ニュース", "私たちについて", "お問い合わせ"], "検索", "ログイン", "当サイトでは、利便性の向上とアクセス解析のためにCookieを使用しています。", "同意する", "プライバシーポリシー", "無断転載を禁じます。", "メールマガジン登録", "関連記事", "よく読まれている記事"),
    "zh": (["健康百科", "疾病", "药品", "服务", "科研", "新闻", "关于我们", "联系我们"], "搜索", "登录", "本网站使用Cookie以改善您的浏览体验并统计访问量。", "全部接受", "隐私政策", "版权所有", "订阅每周简报", "相关阅读", "热门文章"),
    "ko": (["건강백과", "질환", "의약품", "진료안내", "연구", "뉴스", "기관소개", "문의하기"], "검색", "로그인", "이 사이트는 더 나은 서비스를 위해 쿠키를 사용합니다.", "모두 동의", "개인정보처리방침", "무단 전재 및 재배포 금지.", "뉴스레터 구독", "관련 기사", "많이 본 기사"),
    "ar": (["الصحة من الألف إلى الياء", "الأمراض", "الأدوية", "الخدمات", "الأبحاث", "الأخبار", "من نحن", "اتصل بنا"], "بحث", "تسجيل الدخول", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك وقياس استخدام الموقع.", "قبول الكل", "سياسة الخصوصية", "جميع الحقوق محفوظة.", "اشترك في النشرة الأسبوعية", "مواضيع ذات صلة", "الأكثر قراءة"),
    "fa": (["سلامت از الف تا ی", "بیماری‌ها", "داروها", "خدمات", "پژوهش", "اخبار", "درباره ما", "تماس با ما"], "جستجو", "ورود", "ما برای بهبود تجربه شما از کوکی‌ها استفاده می‌کنیم.", "پذیرفتن همه", "حریم خصوصی", "تمامی حقوق محفوظ است.", "عضویت در خبرنامه", "مطالب مرتبط", "پربازدیدترین‌ها"),
    "he": (["בריאות מא' עד ת'", "מחלות", "תרופות", "שירותים", "מחקר", "חדשות", "אודות", "צור קשר"], "חיפוש", "התחברות", "אנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה.", "אישור הכול", "מדיניות פרטיות", "כל הזכויות שמורות.", "הרשמה לניוזלטר", "כתבות נוספות", "הנקראים ביותר"),
    "hi": (["स्वास्थ्य A–Z", "बीमारियाँ", "दवाइयाँ", "सेवाएँ", "अनुसंधान", "समाचार", "हमारे बारे में", "संपर्क करें"], "खोजें", "लॉग इन", "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।", "सभी स्वीकार करें", "गोपनीयता नीति", "सर्वाधिकार सुरक्षित।", "साप्ताहिक न्यूज़लेटर पाएँ", "संबंधित लेख", "सबसे ज़्यादा पढ़े गए"),
    "bn": (["স্বাস্থ্য A–Z", "রোগ", "ওষুধ", "সেবা", "গবেষণা", "সংবাদ", "আমাদের সম্পর্কে", "যোগাযোগ"], "খুঁজুন", "লগ ইন", "আপনার অভিজ্ঞতা উন্নত করতে আমরা কুকি ব্যবহার করি।", "সব গ্রহণ করুন", "গোপনীয়তা নীতি", "সর্বস্বত্ব সংরক্ষিত।", "নিউজলেটার পান", "সম্পর্কিত", "সর্বাধিক পঠিত"),
    "ta": (["ஆரோக்கியம் A–Z", "நோய்கள்", "மருந்துகள்", "சேவைகள்", "ஆராய்ச்சி", "செய்திகள்", "எங்களைப் பற்றி", "தொடர்புக்கு"], "தேடு", "உள்நுழை", "உங்கள் அனுபவத்தை மேம்படுத்த குக்கீகளைப் பயன்படுத்துகிறோம்.", "அனைத்தையும் ஏற்கவும்", "தனியுரிமைக் கொள்கை", "அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", "செய்திமடலைப் பெறுங்கள்", "தொடர்புடையவை", "அதிகம் படிக்கப்பட்டவை"),
    "th": (["สุขภาพ ก–ฮ", "โรค", "ยา", "บริการ", "งานวิจัย", "ข่าว", "เกี่ยวกับเรา", "ติดต่อเรา"], "ค้นหา", "เข้าสู่ระบบ", "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน", "ยอมรับทั้งหมด", "นโยบายความเป็นส่วนตัว", "สงวนลิขสิทธิ์", "รับจดหมายข่าว", "บทความที่เกี่ยวข้อง", "ยอดนิยม"),
    "my": (["ကျန်းမာရေး", "ရောဂါများ", "ဆေးဝါးများ", "ဝန်ဆောင်မှုများ", "သုတေသန", "သတင်း", "ကျွန်ုပ်တို့အကြောင်း", "ဆက်သွယ်ရန်"], "ရှာဖွေရန်", "ဝင်ရောက်ရန်", "ဤဝက်ဘ်ဆိုက်သည် ကွတ်ကီးများကို အသုံးပြုပါသည်။", "လက်ခံသည်", "ကိုယ်ရေးအချက်အလက်မူဝါဒ", "မူပိုင်ခွင့်ရှိသည်။", "သတင်းလွှာ ရယူရန်", "ဆက်စပ်ဆောင်းပါးများ", "လူကြိုက်အများဆုံး"),
    "km": (["សុខភាព", "ជំងឺ", "ឱសថ", "សេវាកម្ម", "ការស្រាវជ្រាវ", "ព័ត៌មាន", "អំពីយើង", "ទំនាក់ទំនង"], "ស្វែងរក", "ចូល", "គេហទំព័រនេះប្រើខូគីដើម្បីកែលម្អបទពិសោធន៍របស់អ្នក។", "យល់ព្រមទាំងអស់", "គោលការណ៍ឯកជនភាព", "រក្សាសិទ្ធិគ្រប់យ៉ាង។", "ទទួលព្រឹត្តិបត្រ", "អត្ថបទពាក់ព័ន្ធ", "ពេញនិយម"),
    "am": (["ጤና ከሀ እስከ ፐ", "በሽታዎች", "መድኃኒቶች", "አገልግሎቶች", "ምርምር", "ዜና", "ስለ እኛ", "ያግኙን"], "ፈልግ", "ግባ", "ይህ ድረ-ገጽ ልምድዎን ለማሻሻል ኩኪዎችን ይጠቀማል።", "ሁሉንም ተቀበል", "የግላዊነት ፖሊሲ", "መብቱ በሕግ የተጠበቀ ነው።", "ጋዜጣችንን ይቀበሉ", "ተዛማጅ", "በብዛት የተነበቡ"),
    "tr": (["A'dan Z'ye Sağlık", "Hastalıklar", "İlaçlar", "Hizmetler", "Araştırma", "Haberler", "Hakkımızda", "İletişim"], "Ara", "Giriş yap", "Deneyiminizi iyileştirmek için çerezler kullanıyoruz.", "Tümünü kabul et", "Gizlilik politikası", "Tüm hakları saklıdır.", "Bültenimize abone olun", "İlgili içerikler", "En çok okunanlar"),
    "vi": (["Sức khỏe A–Z", "Bệnh", "Thuốc", "Dịch vụ", "Nghiên cứu", "Tin tức", "Giới thiệu", "Liên hệ"], "Tìm kiếm", "Đăng nhập", "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", "Chấp nhận tất cả", "Chính sách bảo mật", "Bản quyền thuộc về chúng tôi.", "Nhận bản tin hằng tuần", "Bài liên quan", "Đọc nhiều nhất"),
    "id": (["Kesehatan A–Z", "Penyakit", "Obat", "Layanan", "Riset", "Berita", "Tentang kami", "Kontak"], "Cari", "Masuk", "Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "Terima semua", "Kebijakan privasi", "Hak cipta dilindungi undang-undang.", "Dapatkan buletin mingguan", "Terkait", "Terpopuler"),
    "nl": (["Gezondheid A–Z", "Aandoeningen", "Medicijnen", "Zorg", "Onderzoek", "Nieuws", "Over ons", "Contact"], "Zoeken", "Inloggen", "Wij gebruiken cookies om uw ervaring te verbeteren.", "Alles accepteren", "Privacyverklaring", "Alle rechten voorbehouden.", "Ontvang onze nieuwsbrief", "Gerelateerd", "Meest gelezen"),
    "sv": (["Hälsa A–Ö", "Sjukdomar", "Läkemedel", "Vård", "Forskning", "Nyheter", "Om oss", "Kontakt"], "Sök", "Logga in", "Vi använder kakor för att förbättra din upplevelse.", "Godkänn alla", "Integritetspolicy", "Alla rättigheter förbehållna.", "Prenumerera på nyhetsbrevet", "Relaterat", "Mest läst"),
    "el": (["Υγεία από το Α ως το Ω", "Παθήσεις", "Φάρμακα", "Υπηρεσίες", "Έρευνα", "Ειδήσεις", "Ποιοι είμαστε", "Επικοινωνία"], "Αναζήτηση", "Σύνδεση", "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας.", "Αποδοχή όλων", "Πολιτική απορρήτου", "Με επιφύλαξη παντός δικαιώματος.", "Εγγραφείτε στο newsletter", "Σχετικά", "Δημοφιλή"),
    "cs": (["Zdraví od A do Z", "Nemoci", "Léky", "Služby", "Výzkum", "Zprávy", "O nás", "Kontakt"], "Hledat", "Přihlásit se", "Používáme soubory cookie ke zlepšení vašeho zážitku.", "Přijmout vše", "Ochrana osobních údajů", "Všechna práva vyhrazena.", "Odebírejte newsletter", "Související", "Nejčtenější"),
}  # fmt: skip

# Rails: short headlines in the page's language (the site's other pages).
HEADLINES: dict[str, list[str]] = {
    "en": ["How much sleep do teenagers really need?", "Five signs of dehydration in older adults", "What a blood pressure reading means", "Measles cases rise: check your vaccines", "Living with type 2 diabetes", "Is intermittent fasting safe?", "Hay fever season starts early", "Caring for a parent with dementia"],
    "es": ["¿Cuánto debe dormir un adolescente?", "Señales de deshidratación en mayores", "Cómo leer la tensión arterial", "Aumentan los casos de sarampión", "Vivir con diabetes tipo 2", "Alergia al polen: consejos"],
    "de": ["Wie viel Schlaf brauchen Jugendliche?", "Anzeichen von Flüssigkeitsmangel im Alter", "Blutdruck richtig messen", "Masern: Impfstatus prüfen", "Leben mit Typ-2-Diabetes", "Heuschnupfen beginnt früher"],
    "fr": ["Combien d'heures de sommeil pour un adolescent ?", "Déshydratation : les signes chez la personne âgée", "Bien mesurer sa tension", "Rougeole : vérifiez vos vaccins", "Vivre avec un diabète de type 2", "Allergies au pollen : nos conseils"],
    "pt": ["Quantas horas um adolescente deve dormir?", "Sinais de desidratação em idosos", "Como medir a pressão arterial", "Sarampo: confira sua vacinação", "Vivendo com diabetes tipo 2", "Rinite alérgica na primavera"],
    "it": ["Quanto devono dormire gli adolescenti?", "Disidratazione negli anziani: i segnali", "Come misurare la pressione", "Morbillo: controlla le vaccinazioni", "Vivere con il diabete di tipo 2", "Allergie di stagione"],
    "pl": ["Ile snu potrzebuje nastolatek?", "Objawy odwodnienia u seniorów", "Jak prawidłowo mierzyć ciśnienie", "Odra: sprawdź szczepienia", "Życie z cukrzycą typu 2", "Alergia na pyłki"],
    "ru": ["Сколько должен спать подросток?", "Признаки обезвоживания у пожилых", "Как правильно измерять давление", "Корь: проверьте прививки", "Жизнь с диабетом 2 типа", "Сезон аллергии начался"],
    "uk": ["Скільки має спати підліток?", "Ознаки зневоднення у літніх людей", "Як правильно міряти тиск", "Кір: перевірте щеплення", "Життя з діабетом 2 типу"],
    "ja": ["10代に必要な睡眠時間は？", "高齢者の脱水症状に注意", "血圧の正しい測り方", "はしか患者が増加、予防接種の確認を", "2型糖尿病とともに暮らす", "花粉症シーズン到来"],
    "zh": ["青少年每天需要睡多久？", "老年人脱水的五个信号", "如何正确测量血压", "麻疹病例上升，请核对疫苗接种", "与2型糖尿病共处", "花粉过敏季提前到来"],
    "ko": ["청소년에게 필요한 수면 시간은?", "노인 탈수 증상 다섯 가지", "혈압 제대로 재는 법", "홍역 환자 증가, 예방접종 확인하세요", "제2형 당뇨병과 함께 살기"],
    "ar": ["كم ساعة يحتاج المراهق للنوم؟", "علامات الجفاف لدى كبار السن", "كيف تقيس ضغط الدم بشكل صحيح", "ارتفاع حالات الحصبة", "التعايش مع السكري من النوع الثاني"],
    "fa": ["نوجوانان چقدر باید بخوابند؟", "نشانه‌های کم‌آبی در سالمندان", "روش درست اندازه‌گیری فشار خون", "افزایش موارد سرخک", "زندگی با دیابت نوع ۲"],
    "he": ["כמה שעות שינה צריך מתבגר?", "סימני התייבשות אצל קשישים", "איך מודדים לחץ דם נכון", "עלייה במקרי החצבת", "לחיות עם סוכרת סוג 2"],
    "hi": ["किशोरों को कितनी नींद चाहिए?", "बुज़ुर्गों में पानी की कमी के संकेत", "ब्लड प्रेशर सही तरीके से कैसे नापें", "खसरे के मामले बढ़े", "टाइप 2 डायबिटीज़ के साथ जीवन"],
    "bn": ["কিশোরদের কত ঘণ্টা ঘুম দরকার?", "বয়স্কদের পানিশূন্যতার লক্ষণ", "রক্তচাপ মাপার সঠিক নিয়ম", "হামের প্রকোপ বাড়ছে", "টাইপ ২ ডায়াবেটিস নিয়ে জীবন"],
    "ta": ["பதின்வயதினருக்கு எவ்வளவு தூக்கம் தேவை?", "முதியோரில் நீரிழப்பின் அறிகுறிகள்", "இரத்த அழுத்தத்தை சரியாக அளவிடுவது எப்படி", "தட்டம்மை அதிகரிப்பு", "வகை 2 நீரிழிவுடன் வாழ்வது"],
    "th": ["วัยรุ่นควรนอนวันละกี่ชั่วโมง", "สัญญาณภาวะขาดน้ำในผู้สูงอายุ", "วิธีวัดความดันโลหิตที่ถูกต้อง", "โรคหัดระบาดเพิ่มขึ้น", "อยู่กับเบาหวานชนิดที่ 2"],
    "my": ["ဆယ်ကျော်သက်များ ဘယ်လောက်အိပ်သင့်သလဲ", "သက်ကြီးရွယ်အိုများတွင် ရေဓာတ်ခမ်းခြောက်ခြင်း", "သွေးပေါင်ချိန်နည်း", "ဝက်သက်ရောဂါ ဖြစ်ပွားမှု မြင့်တက်", "ဆီးချိုရောဂါနှင့် နေထိုင်ခြင်း"],
    "km": ["ក្មេងជំទង់គួរគេងប៉ុន្មានម៉ោង", "សញ្ញានៃការខ្វះជាតិទឹកចំពោះមនុស្សចាស់", "របៀបវាស់សម្ពាធឈាម", "ករណីកញ្ជ្រឹលកើនឡើង", "រស់នៅជាមួយជំងឺទឹកនោមផ្អែម"],
    "am": ["ታዳጊዎች ምን ያህል መተኛት አለባቸው?", "በአረጋውያን ላይ የውሃ እጥረት ምልክቶች", "የደም ግፊትን በትክክል መለካት", "የኩፍኝ ስርጭት ጨምሯል", "ከስኳር በሽታ ጋር መኖር"],
    "tr": ["Gençler kaç saat uyumalı?", "Yaşlılarda susuzluk belirtileri", "Tansiyon nasıl doğru ölçülür?", "Kızamık vakaları artıyor", "Tip 2 diyabetle yaşamak"],
    "vi": ["Thanh thiếu niên cần ngủ bao nhiêu?", "Dấu hiệu mất nước ở người cao tuổi", "Cách đo huyết áp đúng", "Số ca sởi gia tăng", "Sống chung với đái tháo đường típ 2"],
    "id": ["Berapa lama remaja perlu tidur?", "Tanda dehidrasi pada lansia", "Cara mengukur tekanan darah", "Kasus campak meningkat", "Hidup dengan diabetes tipe 2"],
    "nl": ["Hoeveel slaap heeft een tiener nodig?", "Signalen van uitdroging bij ouderen", "Zo meet u uw bloeddruk", "Mazelen: check uw vaccinaties", "Leven met diabetes type 2"],
    "sv": ["Hur mycket sömn behöver tonåringar?", "Tecken på uttorkning hos äldre", "Så mäter du blodtrycket", "Mässlingsfallen ökar", "Att leva med typ 2-diabetes"],
    "el": ["Πόσο ύπνο χρειάζονται οι έφηβοι;", "Σημάδια αφυδάτωσης στους ηλικιωμένους", "Πώς μετράμε σωστά την πίεση", "Αύξηση κρουσμάτων ιλαράς", "Ζώντας με διαβήτη τύπου 2"],
    "cs": ["Kolik spánku potřebují dospívající?", "Příznaky dehydratace u seniorů", "Jak správně měřit tlak", "Přibývá případů spalniček", "Život s cukrovkou 2. typu"],
}  # fmt: skip

# Mega-menu entries: condition and service names in the page's language.
CONDITIONS: dict[str, list[str]] = {
    "en": ["Asthma", "Back pain", "Cancer", "Dementia", "Diabetes", "Eczema", "Flu", "Heart disease", "Migraine", "Pregnancy", "Stroke", "Vaccinations"],
    "es": ["Asma", "Dolor de espalda", "Cáncer", "Demencia", "Diabetes", "Eccema", "Gripe", "Cardiopatías", "Migraña", "Embarazo", "Ictus", "Vacunas"],
    "de": ["Asthma", "Rückenschmerzen", "Krebs", "Demenz", "Diabetes", "Neurodermitis", "Grippe", "Herzkrankheiten", "Migräne", "Schwangerschaft", "Schlaganfall", "Impfungen"],
    "fr": ["Asthme", "Mal de dos", "Cancer", "Démence", "Diabète", "Eczéma", "Grippe", "Maladies cardiaques", "Migraine", "Grossesse", "AVC", "Vaccins"],
    "pt": ["Asma", "Dor nas costas", "Câncer", "Demência", "Diabetes", "Eczema", "Gripe", "Doenças cardíacas", "Enxaqueca", "Gravidez", "AVC", "Vacinas"],
    "it": ["Asma", "Mal di schiena", "Tumori", "Demenza", "Diabete", "Eczema", "Influenza", "Malattie cardiache", "Emicrania", "Gravidanza", "Ictus", "Vaccini"],
    "pl": ["Astma", "Ból pleców", "Nowotwory", "Demencja", "Cukrzyca", "Egzema", "Grypa", "Choroby serca", "Migrena", "Ciąża", "Udar", "Szczepienia"],
    "ru": ["Астма", "Боль в спине", "Рак", "Деменция", "Диабет", "Экзема", "Грипп", "Болезни сердца", "Мигрень", "Беременность", "Инсульт", "Прививки"],
    "uk": ["Астма", "Біль у спині", "Рак", "Деменція", "Діабет", "Екзема", "Грип", "Хвороби серця", "Мігрень", "Вагітність", "Інсульт", "Щеплення"],
    "ja": ["ぜんそく", "腰痛", "がん", "認知症", "糖尿病", "湿疹", "インフルエンザ", "心臓病", "片頭痛", "妊娠", "脳卒中", "予防接種"],
    "zh": ["哮喘", "腰痛", "癌症", "痴呆", "糖尿病", "湿疹", "流感", "心脏病", "偏头痛", "妊娠", "中风", "疫苗接种"],
    "ko": ["천식", "요통", "암", "치매", "당뇨병", "습진", "독감", "심장병", "편두통", "임신", "뇌졸중", "예방접종"],
    "ar": ["الربو", "آلام الظهر", "السرطان", "الخرف", "السكري", "الإكزيما", "الإنفلونزا", "أمراض القلب", "الصداع النصفي", "الحمل", "السكتة الدماغية", "التطعيمات"],
    "fa": ["آسم", "کمردرد", "سرطان", "زوال عقل", "دیابت", "اگزما", "آنفولانزا", "بیماری قلبی", "میگرن", "بارداری", "سکته مغزی", "واکسیناسیون"],
    "he": ["אסתמה", "כאבי גב", "סרטן", "דמנציה", "סוכרת", "אקזמה", "שפעת", "מחלות לב", "מיגרנה", "היריון", "שבץ", "חיסונים"],
    "hi": ["दमा", "कमर दर्द", "कैंसर", "मनोभ्रंश", "मधुमेह", "एक्ज़िमा", "फ़्लू", "हृदय रोग", "माइग्रेन", "गर्भावस्था", "स्ट्रोक", "टीकाकरण"],
    "bn": ["হাঁপানি", "পিঠে ব্যথা", "ক্যান্সার", "ডিমেনশিয়া", "ডায়াবেটিস", "একজিমা", "ফ্লু", "হৃদরোগ", "মাইগ্রেন", "গর্ভাবস্থা", "স্ট্রোক", "টিকা"],
    "ta": ["ஆஸ்துமா", "முதுகு வலி", "புற்றுநோய்", "மறதிநோய்", "நீரிழிவு", "அரிக்கும் தோலழற்சி", "காய்ச்சல்", "இதய நோய்", "ஒற்றைத் தலைவலி", "கர்ப்பம்", "பக்கவாதம்", "தடுப்பூசி"],
    "th": ["หอบหืด", "ปวดหลัง", "มะเร็ง", "สมองเสื่อม", "เบาหวาน", "ผื่นผิวหนังอักเสบ", "ไข้หวัดใหญ่", "โรคหัวใจ", "ไมเกรน", "การตั้งครรภ์", "โรคหลอดเลือดสมอง", "วัคซีน"],
    "my": ["ပန်းနာရင်ကျပ်", "ခါးနာ", "ကင်ဆာ", "သတိမေ့ရောဂါ", "ဆီးချို", "နှင်းခူ", "တုပ်ကွေး", "နှလုံးရောဂါ", "ခေါင်းတစ်ခြမ်းကိုက်", "ကိုယ်ဝန်", "လေဖြတ်", "ကာကွယ်ဆေး"],
    "km": ["ហឺត", "ឈឺខ្នង", "មហារីក", "វង្វេង", "ទឹកនោមផ្អែម", "រលាកស្បែក", "ផ្តាសាយធំ", "ជំងឺបេះដូង", "ឈឺក្បាលប្រកាំង", "មានផ្ទៃពោះ", "ដាច់សរសៃឈាមខួរក្បាល", "វ៉ាក់សាំង"],
    "am": ["አስም", "የጀርባ ሕመም", "ካንሰር", "የመርሳት በሽታ", "የስኳር በሽታ", "ኤክዜማ", "ጉንፋን", "የልብ በሽታ", "ማይግሬን", "እርግዝና", "ስትሮክ", "ክትባት"],
    "tr": ["Astım", "Bel ağrısı", "Kanser", "Demans", "Diyabet", "Egzama", "Grip", "Kalp hastalıkları", "Migren", "Gebelik", "İnme", "Aşılar"],
    "vi": ["Hen suyễn", "Đau lưng", "Ung thư", "Sa sút trí tuệ", "Đái tháo đường", "Chàm", "Cúm", "Bệnh tim", "Đau nửa đầu", "Mang thai", "Đột quỵ", "Tiêm chủng"],
    "id": ["Asma", "Sakit punggung", "Kanker", "Demensia", "Diabetes", "Eksim", "Flu", "Penyakit jantung", "Migrain", "Kehamilan", "Stroke", "Vaksinasi"],
    "nl": ["Astma", "Rugpijn", "Kanker", "Dementie", "Diabetes", "Eczeem", "Griep", "Hartziekten", "Migraine", "Zwangerschap", "Beroerte", "Vaccinaties"],
    "sv": ["Astma", "Ryggont", "Cancer", "Demens", "Diabetes", "Eksem", "Influensa", "Hjärtsjukdomar", "Migrän", "Graviditet", "Stroke", "Vaccinationer"],
    "el": ["Άσθμα", "Οσφυαλγία", "Καρκίνος", "Άνοια", "Διαβήτης", "Έκζεμα", "Γρίπη", "Καρδιοπάθειες", "Ημικρανία", "Εγκυμοσύνη", "Εγκεφαλικό", "Εμβόλια"],
    "cs": ["Astma", "Bolest zad", "Rakovina", "Demence", "Cukrovka", "Ekzém", "Chřipka", "Nemoci srdce", "Migréna", "Těhotenství", "Mrtvice", "Očkování"],
}  # fmt: skip

# What each kind of site calls its rails and which body class and layout it uses.
KINDS: dict[str, dict[str, Any]] = {
    "b10-healthlib": {"root": "hl-page", "main": "main", "rails": 2, "cards": 8, "tag": "Health Library", "css": 30000},
    "b10-drugdb": {"root": "drugdb", "main": "div#monograph", "rails": 2, "cards": 6, "tag": "Drug database"},
    "b10-hospital": {"root": "hosp", "main": "main", "rails": 1, "cards": 6, "tag": "Patients and visitors"},
    "b10-gov": {"root": "govuk-template", "main": "main#main-content", "rails": 1, "cards": 4, "tag": "Official website"},
    "b10-uni": {"root": "uni", "main": "div#content-main", "rails": 1, "cards": 6, "tag": "University"},
    "b10-news": {"root": "newsroom", "main": "article", "rails": 3, "cards": 12, "tag": "Newsroom", "css": 60000},
    "b10-shop": {"root": "store", "main": "main#maincontent", "rails": 2, "cards": 10, "tag": "Shop", "css": 50000},
    "b10-forum": {"root": "forum", "main": "div#posts", "rails": 2, "cards": 8, "tag": "Community"},
    "b10-video": {"root": "watch", "main": "div#primary", "rails": 1, "cards": 14, "tag": "Video", "css": 70000},
    "b10-spa": {"root": "app", "main": "div#__next", "rails": 1, "cards": 6, "tag": "App", "css": 45000},
    "b10-jobs": {"root": "jobs", "main": "main", "rails": 2, "cards": 8, "tag": "Jobs"},
    "b10-blog": {"root": "blog", "main": "div.entry", "rails": 2, "cards": 6, "tag": "Blog"},
    "b10-symptom": {"root": "tool", "main": "main", "rails": 1, "cards": 6, "tag": "Symptom checker"},
}  # fmt: skip
TEMPLATES = frozenset(KINDS)

_CSS_RULES = [
    ".{p}-header{{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;background:#fff;border-bottom:1px solid #e5e7eb}}",
    ".{p}-nav a{{color:#1f2937;font-weight:600;text-decoration:none;padding:8px 12px}}",
    ".{p}-nav a:hover,.{p}-nav a:focus{{background:#f3f4f6;border-radius:4px}}",
    ".{p}-mega{{position:absolute;left:0;right:0;display:none;grid-template-columns:repeat(4,1fr);gap:16px}}",
    ".{p}-card{{display:block;border:1px solid #e5e7eb;border-radius:8px;overflow:hidden}}",
    ".{p}-card img{{width:100%;height:auto;aspect-ratio:16/9;object-fit:cover}}",
    ".{p}-footer{{background:#111827;color:#d1d5db;padding:48px 24px;font-size:14px}}",
    ".{p}-footer a{{color:#d1d5db}}.{p}-footer h4{{color:#fff;margin:0 0 8px}}",
    ".{p}-cookie{{position:fixed;bottom:0;left:0;right:0;background:#1e3a8a;color:#fff;padding:16px;z-index:9999}}",
    ".{p}-btn{{display:inline-block;padding:10px 18px;border-radius:6px;background:#2563eb;color:#fff;border:0}}",
    "@media (max-width:768px){{.{p}-nav{{display:none}}.{p}-grid{{grid-template-columns:1fr}}}}",
    ".{p}-grid{{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:24px}}",
    ".{p}-aside{{font-size:15px;line-height:1.5;border-left:4px solid #93c5fd;padding-left:12px}}",
    ".{p}-crumbs{{font-size:13px;color:#6b7280;margin:16px 0}}.{p}-crumbs a{{color:#2563eb}}",
    ".u-mt-{n}{{margin-top:{n}px}}.u-mb-{n}{{margin-bottom:{n}px}}.u-p-{n}{{padding:{n}px}}",
]


def _css(prefix: str, size: int) -> str:
    out: list[str] = []
    n = 0
    while sum(map(len, out)) < size:
        rule = _CSS_RULES[n % len(_CSS_RULES)]
        out.append(rule.format(p=f"{prefix}{n // len(_CSS_RULES) or ''}", n=n % 97))
        n += 1
    return "".join(out)


def _decoration(chrome: str, rng: random.Random) -> str:
    """What a rail item carries beside its link on this kind of site: a price, a reply count,
    a duration, a time."""
    if chrome == "b10-shop":
        return (
            f" <span class='price'>{rng.randrange(3, 90)},{rng.choice(('99', '49', '95'))} €</span>"
        )
    if chrome == "b10-forum":
        return f" <span class='replies'>{rng.randrange(1, 400)} ↩</span>"
    if chrome == "b10-video":
        return f" <span class='duration'>{rng.randrange(1, 25)}:{rng.randrange(60):02d}</span>"
    if chrome in ("b10-news", "b10-blog"):
        return f" <time>{rng.randrange(1, 23)}h</time>"
    return ""


def _open(spec: str, prefix: str) -> str:
    """The main area's opening tag from ``tag``, ``tag#id`` or ``tag.class``."""
    tag, _, ident = spec.partition("#")
    tag, _, klass = tag.partition(".")
    ident = ident or "main"
    return f"<{tag} id='{ident}' class='{prefix}-main {klass}'>"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def render(case: Any) -> str:
    """The page in the case's site template, its title, heading and message in the main area."""
    kind = KINDS[case.chrome]
    lang = case.lang if case.lang in CHROME else "en"
    nav, search, login, cookie, accept, privacy, rights, news, related, popular = CHROME[lang]
    heads = HEADLINES.get(lang, HEADLINES["en"])
    topics = CONDITIONS.get(lang, CONDITIONS["en"])
    rng = random.Random(f"{case.id}|{case.chrome}|{case.link_path}")
    prefix = kind["root"].replace("-", "")[:6]
    site = _esc(case.site)
    path = _esc(case.link_path)
    rtl = " dir='rtl'" if lang in ("ar", "fa", "he") else ""
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    h1 = f"<h1 class='{prefix}-title'>{case.h1}</h1>" if case.h1 else ""

    mega = "".join(
        f"<li class='{prefix}-nav-item'><a href='/{i}/'>{item}</a><div class='{prefix}-mega'>"
        + "".join(
            f"<a href='/{i}/{j}/{rng.randrange(100, 999)}'>{topics[(i * 5 + j) % len(topics)]}</a>"
            for j in range(9)
        )
        + "</div></li>"
        for i, item in enumerate(nav)
    )
    cards = "".join(
        f"<div class='{prefix}-card'><a href='/a/{rng.randrange(10_000, 99_999)}'>"
        f"<img src='/img/{rng.randrange(10**6):06d}.webp' alt='' loading='lazy' width='320' height='180'>"
        f"<span class='{prefix}-card-kicker'>{topics[rng.randrange(len(topics))]}</span>"
        f"<span class='{prefix}-card-title'>{heads[rng.randrange(len(heads))]}</span></a></div>"
        for _ in range(kind["cards"])
    )
    rails = "".join(
        f"<section class='{prefix}-rail rail-{r}'><h2>{popular if r % 2 else related}</h2>"
        f"<ol>"
        + "".join(
            f"<li><a href='/r/{rng.randrange(10**5)}'>{heads[rng.randrange(len(heads))]}</a>"
            f"{_decoration(case.chrome, rng)}</li>"
            for _ in range(6)
        )
        + "</ol></section>"
        for r in range(kind["rails"])
    )
    footer = "".join(
        f"<div class='{prefix}-footer-col'><h4>{item}</h4><ul>"
        + "".join(
            f"<li><a href='/{i}/{j}'>{topics[(i * 3 + j) % len(topics)]}</a></li>" for j in range(7)
        )
        + "</ul></div>"
        for i, item in enumerate(nav)
    )
    langs = "".join(
        f"<link rel='alternate' hreflang='{code}' href='https://{case.host}/{code}{path}'>"
        for code in ("en", "es", "de", "fr", "ja", "zh")
    )
    stamp = f"{rng.randrange(10**12):012x}"
    config = (
        "{"
        + f'"site":"{site}","kind":"{case.chrome}","lang":"{lang}","build":"{stamp}",'
        + '"consent":{"analytics":false,"ads":false},"features":['
        + ",".join(f'"f{n}"' for n in range(60))
        + "]}"
    )
    analytics = (
        "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),"
        "event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;"
        "j.src='https://tags.example/gtm.js?id='+i;f.parentNode.insertBefore(j,f);})"
        "(window,document,'script','dataLayer','GTM-B10');"
    )
    spa_data = ""
    if case.chrome == "b10-spa":
        spa_data = (
            "<script id='__NEXT_DATA__' type='application/json'>"
            + '{"props":{"pageProps":{"locale":"'
            + lang
            + '"}},"page":"/[...slug]","query":{"slug":"'
            + path
            + '"},"buildId":"'
            + stamp
            + '","runtimeConfig":{},"isFallback":false}</script>'
        )
    css = _css(prefix, kind.get("css", 20000) + rng.randrange(8000))
    return (
        f"<!DOCTYPE html><html lang='{lang}'{rtl}><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>{title}"
        f"<link rel='canonical' href='https://{case.host}{path}'>{langs}"
        f"<link rel='preload' href='/fonts/inter-var.woff2' as='font' crossorigin>"
        f"<style>{css}</style>"
        f"<script>window.__CONFIG__={config};</script><script>{analytics}</script></head>"
        f"<body class='{kind['root']} lang-{lang}'>"
        f"<a class='skip' href='#main'>Skip to content</a>"
        f"<div class='{prefix}-cookie' role='dialog' aria-label='cookies'><p>{cookie} "
        f"<a href='/privacy'>{privacy}</a></p><button class='{prefix}-btn'>{accept}</button></div>"
        f"<header class='{prefix}-header'><a class='{prefix}-logo' href='/'>"
        f"<img src='/static/logo.svg' alt='{site}' width='160' height='40'></a>"
        f"<span class='{prefix}-tagline'>{kind['tag']}</span>"
        f"<form class='{prefix}-search' action='/search' role='search'><label>"
        f"<span class='sr-only'>{search}</span><input type='search' name='q' placeholder='{search}'>"
        f"</label><button class='{prefix}-btn'>{search}</button></form>"
        f"<a class='{prefix}-login' href='/account/login'>{login}</a></header>"
        f"<nav class='{prefix}-nav' aria-label='primary'><ul>{mega}</ul></nav>"
        f"<div class='{prefix}-crumbs'><a href='/'>{site}</a> › <a href='/{rng.randrange(8)}/'>"
        f"{nav[rng.randrange(len(nav))]}</a></div>"
        f"<div class='{prefix}-layout'>"
        f"{_open(kind['main'], prefix)}{h1}{case.message}</{kind['main'].split('#')[0].split('.')[0]}>"
        f"<aside class='{prefix}-aside'>{rails}</aside></div>"
        f"<section class='{prefix}-more'><h2>{related}</h2><div class='{prefix}-grid'>{cards}</div></section>"
        f"<div class='{prefix}-newsletter'><h3>{news}</h3><form action='/newsletter'>"
        f"<input type='email' name='email' placeholder='name@example.com'><button class='{prefix}-btn'>→</button></form></div>"
        f"<footer class='{prefix}-footer'><div class='{prefix}-grid'>{footer}</div>"
        f"<p><a href='/privacy'>{privacy}</a> · <a href='/cookies'>Cookies</a> · <a href='/accessibility'>Accessibility</a></p>"
        f"<p>© 2026 {site}. {rights}</p><p class='{prefix}-build'>build {stamp}</p></footer>"
        f"{spa_data}<script src='/static/js/runtime.{stamp[:8]}.js' defer></script>"
        f"<script src='/static/js/main.{stamp[4:12]}.js' defer></script></body></html>"
    )
