# ruff: noqa: E501  (menus, banners, footers and prose in many languages: data, one item a line)
"""Site templates of the seventh blind set (``blind7.yaml``), written by someone who had read
neither ``curator.classify`` nor any earlier set's pages.

Site kinds the earlier sets had few of: an airline, a bank, an insurer, a museum collection, a
library catalogue, an app store, a package registry, a code host, a dictionary, a sports results
service, estate agents, a car dealer, a municipality, an NGO, a local paper, a preprint server,
an e-learning platform, a careers site, versioned API docs, a recipe site, a forum, classifieds,
a SaaS app shell, a podcast host, a hospital, a government archive, a wiki, a shop and a ticket
seller. Each page carries what such pages carry (20-150 kB): consent banners, mega menus,
breadcrumbs, rails, long footers, inline styles, JSON state, ad slots, a render stamp.

The chrome never depends on a page's label: only the case's title, heading and message say
whether the page is gone. Rails and the render stamp are seeded by the case *and the requested
path*, the canonical link names the requested path, ``{path}`` in a message becomes that path
and ``{slug}`` its last segment's words (a search box pre-filled with the slug): a site whose
probe answer is ``varied`` answers each made-up URL with a page of its own. ``<meta http-equiv>``
tags and ``<script data-head>`` blocks in a message go to the head.

``render(case)`` returns the page for a case whose ``chrome`` names one of ``TEMPLATES``.
"""

from __future__ import annotations

import hashlib
import html
import json
import random
import re
from collections.abc import Callable
from typing import Any

RTL = frozenset({"ar", "he", "fa", "ur"})

# Per language: six menu items, consent line, accept, search, "related", footer legal line.
L: dict[str, tuple[str, str, str, str, str, str]] = {
    "en": ("Home|Discover|Services|Support|About us|Contact", "We and our partners use cookies to keep this site working, to understand how it is used and to personalise what you see.", "Accept all", "Search", "You may also like", "Privacy · Cookies · Terms · Accessibility statement · Modern slavery statement"),
    "de": ("Start|Entdecken|Services|Hilfe|Über uns|Kontakt", "Wir und unsere Partner verwenden Cookies, um diese Website zu betreiben, ihre Nutzung zu verstehen und Inhalte zu personalisieren.", "Alle akzeptieren", "Suchen", "Das könnte Sie interessieren", "Datenschutz · Impressum · AGB · Barrierefreiheit"),
    "fr": ("Accueil|Découvrir|Services|Aide|Qui sommes-nous|Contact", "Nos partenaires et nous utilisons des cookies pour faire fonctionner ce site, mesurer son audience et personnaliser les contenus.", "Tout accepter", "Rechercher", "À découvrir aussi", "Données personnelles · Mentions légales · CGU · Accessibilité : partiellement conforme"),
    "es": ("Inicio|Descubre|Servicios|Ayuda|Quiénes somos|Contacto", "Nosotros y nuestros socios usamos cookies para que el sitio funcione, entender cómo se usa y personalizar lo que ves.", "Aceptar", "Buscar", "También te puede interesar", "Privacidad · Cookies · Aviso legal · Accesibilidad"),
    "pt": ("Início|Descobrir|Serviços|Ajuda|Sobre nós|Contacto", "Nós e os nossos parceiros usamos cookies para manter o site a funcionar, medir audiências e personalizar conteúdos.", "Aceitar", "Pesquisar", "Também pode gostar", "Privacidade · Cookies · Termos · Livro de reclamações"),
    "it": ("Home|Scopri|Servizi|Assistenza|Chi siamo|Contatti", "Noi e i nostri partner utilizziamo cookie per far funzionare il sito, misurarne l'uso e personalizzare i contenuti.", "Accetta tutto", "Cerca", "Potrebbe interessarti", "Privacy · Cookie · Note legali · P.IVA 01234560987"),
    "nl": ("Home|Ontdek|Diensten|Klantenservice|Over ons|Contact", "Wij en onze partners gebruiken cookies om de site te laten werken, het gebruik te meten en content af te stemmen.", "Akkoord", "Zoeken", "Misschien ook interessant", "Privacy · Cookies · Disclaimer · Toegankelijkheidsverklaring"),
    "sv": ("Start|Upptäck|Tjänster|Kundservice|Om oss|Kontakt", "Vi och våra partner använder kakor för att webbplatsen ska fungera, för statistik och för att anpassa innehållet.", "Godkänn", "Sök", "Du kanske också gillar", "Personuppgifter · Kakor · Villkor · Tillgänglighetsredogörelse"),
    "pl": ("Start|Odkrywaj|Usługi|Pomoc|O nas|Kontakt", "My i nasi partnerzy używamy plików cookie, by serwis działał, by mierzyć ruch i dopasowywać treści.", "Zgadzam się", "Szukaj", "Zobacz także", "Polityka prywatności · Regulamin · Deklaracja dostępności"),
    "ro": ("Acasă|Descoperă|Servicii|Asistență|Despre noi|Contact", "Noi și partenerii noștri folosim cookie-uri pentru funcționarea site-ului, statistici și conținut personalizat.", "Accept tot", "Caută", "Te-ar putea interesa", "Confidențialitate · Termeni și condiții · ANPC · SOL"),
    "hu": ("Főoldal|Felfedezés|Szolgáltatások|Ügyfélszolgálat|Rólunk|Kapcsolat", "Mi és partnereink sütiket használunk az oldal működéséhez, a látogatottság méréséhez és a tartalmak személyre szabásához.", "Elfogadom", "Keresés", "Ez is érdekelheti", "Adatkezelés · ÁSZF · Impresszum · Akadálymentesség"),
    "el": ("Αρχική|Ανακαλύψτε|Υπηρεσίες|Υποστήριξη|Ποιοι είμαστε|Επικοινωνία", "Εμείς και οι συνεργάτες μας χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου, τη μέτρηση επισκεψιμότητας και την εξατομίκευση.", "Αποδοχή όλων", "Αναζήτηση", "Μπορεί να σας ενδιαφέρει", "Απόρρητο · Όροι χρήσης · Προσβασιμότητα"),
    "tr": ("Ana sayfa|Keşfet|Hizmetler|Destek|Hakkımızda|İletişim", "Biz ve iş ortaklarımız sitenin çalışması, ölçüm ve kişiselleştirme için çerez kullanıyoruz.", "Kabul ediyorum", "Ara", "Bunlar da ilginizi çekebilir", "KVKK Aydınlatma Metni · Çerez Politikası · Kullanım Koşulları"),
    "ru": ("Главная|Обзор|Услуги|Поддержка|О компании|Контакты", "Мы и наши партнёры используем cookie, чтобы сайт работал, для статистики и персонализации.", "Согласен", "Поиск", "Может быть интересно", "Политика конфиденциальности · Пользовательское соглашение · Карта сайта"),
    "uk": ("Головна|Огляд|Послуги|Підтримка|Про нас|Контакти", "Ми та наші партнери використовуємо cookie для роботи сайту, статистики та персоналізації.", "Погоджуюсь", "Пошук", "Вас може зацікавити", "Конфіденційність · Умови використання · Мапа сайту"),
    "vi": ("Trang chủ|Khám phá|Dịch vụ|Hỗ trợ|Về chúng tôi|Liên hệ", "Chúng tôi và đối tác dùng cookie để trang hoạt động, đo lường lượt truy cập và cá nhân hóa nội dung.", "Đồng ý", "Tìm kiếm", "Có thể bạn quan tâm", "Chính sách bảo mật · Điều khoản · Giấy phép MXH số 123/GP-BTTTT"),
    "id": ("Beranda|Jelajahi|Layanan|Bantuan|Tentang kami|Kontak", "Kami dan mitra kami memakai cookie agar situs berjalan, untuk statistik, dan untuk personalisasi konten.", "Setuju", "Cari", "Mungkin Anda suka", "Kebijakan privasi · Syarat & ketentuan · Pedoman media siber"),
    "ms": ("Utama|Terokai|Perkhidmatan|Bantuan|Tentang kami|Hubungi", "Kami dan rakan kongsi menggunakan kuki untuk laman ini berfungsi, statistik dan kandungan diperibadikan.", "Terima", "Cari", "Anda mungkin suka", "Dasar privasi · Terma penggunaan · Penafian"),
    "sw": ("Mwanzo|Gundua|Huduma|Msaada|Kuhusu sisi|Wasiliana nasi", "Sisi na washirika wetu tunatumia vidakuzi ili tovuti ifanye kazi, kupima matumizi na kubinafsisha maudhui.", "Kubali", "Tafuta", "Unaweza pia kupenda", "Faragha · Vidakuzi · Masharti ya matumizi"),
    "am": ("መነሻ|ያስሱ|አገልግሎቶች|እገዛ|ስለ እኛ|ያግኙን", "ድረ-ገጹ እንዲሠራ እና አጠቃቀሙን ለመለካት ኩኪዎችን እንጠቀማለን።", "እቀበላለሁ", "ፈልግ", "ሊወዱት የሚችሉት", "የግላዊነት መመሪያ · የአጠቃቀም ውል"),
    "ar": ("الرئيسية|اكتشف|الخدمات|الدعم|من نحن|اتصل بنا", "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتشغيل الموقع وقياس الاستخدام وتخصيص المحتوى.", "موافق", "بحث", "قد يعجبك أيضاً", "سياسة الخصوصية · الشروط والأحكام · خريطة الموقع"),
    "he": ("ראשי|גלו|שירותים|תמיכה|אודות|צור קשר", "אנו ושותפינו משתמשים בעוגיות להפעלת האתר, למדידה ולהתאמה אישית של התוכן.", "מאשר", "חיפוש", "אולי יעניין אותך", "מדיניות פרטיות · תקנון · הצהרת נגישות"),
    "fa": ("خانه|کاوش|خدمات|پشتیبانی|درباره ما|تماس", "ما و همکارانمان برای کارکرد سایت، آمار و شخصی‌سازی محتوا از کوکی استفاده می‌کنیم.", "قبول", "جستجو", "شاید بپسندید", "حریم خصوصی · قوانین و مقررات · نماد اعتماد"),
    "hi": ("होम|खोजें|सेवाएँ|सहायता|हमारे बारे में|संपर्क", "साइट चलाने, आँकड़ों और सामग्री को आपके अनुसार ढालने के लिए हम और हमारे साझेदार कुकीज़ का उपयोग करते हैं।", "स्वीकार करें", "खोज", "आपको यह भी पसंद आ सकता है", "गोपनीयता नीति · नियम और शर्तें · शिकायत निवारण"),
    "bn": ("প্রথম পাতা|ঘুরে দেখুন|সেবা|সহায়তা|আমাদের কথা|যোগাযোগ", "সাইট চালাতে, পরিসংখ্যান ও ব্যক্তিগত কনটেন্টের জন্য আমরা ও আমাদের অংশীদাররা কুকি ব্যবহার করি।", "সম্মত", "খুঁজুন", "আপনার ভালো লাগতে পারে", "গোপনীয়তা নীতি · শর্তাবলি · সাইট ম্যাপ"),
    "ta": ("முகப்பு|கண்டறி|சேவைகள்|உதவி|எங்களைப் பற்றி|தொடர்புக்கு", "தளம் இயங்கவும் பயன்பாட்டை அளவிடவும் நாங்களும் கூட்டாளர்களும் குக்கீகளைப் பயன்படுத்துகிறோம்.", "ஏற்கிறேன்", "தேடல்", "இதையும் பாருங்கள்", "தனியுரிமைக் கொள்கை · விதிமுறைகள்"),
    "th": ("หน้าแรก|สำรวจ|บริการ|ช่วยเหลือ|เกี่ยวกับเรา|ติดต่อ", "เราและพันธมิตรใช้คุกกี้เพื่อให้เว็บไซต์ทำงาน วัดผล และปรับเนื้อหาให้เหมาะกับคุณ", "ยอมรับ", "ค้นหา", "คุณอาจสนใจ", "นโยบายความเป็นส่วนตัว · ข้อกำหนดการใช้งาน"),
    "ko": ("홈|둘러보기|서비스|고객센터|회사소개|문의", "사이트 운영, 이용 통계, 맞춤 콘텐츠를 위해 당사와 파트너는 쿠키를 사용합니다.", "동의", "검색", "함께 보면 좋은", "개인정보처리방침 · 이용약관 · 사업자정보확인"),
    "ja": ("ホーム|さがす|サービス|サポート|企業情報|お問い合わせ", "当社およびパートナーは、サイトの運営、利用状況の計測、表示内容の最適化のためにCookieを使用します。", "同意する", "検索", "こちらもおすすめ", "個人情報保護方針 · 利用規約 · 特定商取引法に基づく表記"),
    "zh": ("首页|发现|服务|帮助中心|关于我们|联系我们", "我们及合作伙伴使用 Cookie 以维持网站运行、统计访问并个性化内容。", "同意", "搜索", "猜你喜欢", "隐私政策 · 用户协议 · 京ICP备12345678号"),
}  # fmt: skip

# Neutral headlines a site shows in its rails whatever the page (per language).
RAIL: dict[str, str] = {
    "en": "Spring timetable changes at a glance|How we chose this year's shortlist|Ten things to do on a rainy Sunday|Meet the team behind the new reading room|Your questions on fees, answered|Behind the scenes: restoring a 1950s map|The quiet rise of community gardens|What the new rules mean for renters",
    "de": "Fahrplanwechsel im Überblick|So entstand die diesjährige Auswahl|Zehn Ideen für einen verregneten Sonntag|Das Team hinter dem neuen Lesesaal|Ihre Fragen zu Gebühren, beantwortet|Hinter den Kulissen einer Restaurierung",
    "fr": "Les changements d'horaires en bref|Comment nous avons choisi la sélection|Dix idées pour un dimanche pluvieux|L'équipe de la nouvelle salle de lecture|Vos questions sur les tarifs|Dans les coulisses d'une restauration",
    "es": "Cambios de horario de un vistazo|Así elegimos la selección de este año|Diez planes para un domingo lluvioso|El equipo detrás de la nueva sala|Tus preguntas sobre tarifas|Entre bastidores de una restauración",
    "pt": "Mudanças de horário num relance|Como escolhemos a seleção deste ano|Dez ideias para um domingo de chuva|A equipa da nova sala de leitura|As suas perguntas sobre taxas|Nos bastidores de um restauro",
    "it": "Cambi d'orario in breve|Come abbiamo scelto la selezione|Dieci idee per una domenica di pioggia|Il gruppo della nuova sala lettura|Le vostre domande sulle tariffe|Dietro le quinte di un restauro",
    "nl": "Dienstregeling: de wijzigingen|Zo kozen we de selectie van dit jaar|Tien tips voor een regenachtige zondag|Het team achter de nieuwe leeszaal|Uw vragen over tarieven|Achter de schermen van een restauratie",
    "sv": "Tidtabellsändringar i korthet|Så valde vi årets urval|Tio tips för en regnig söndag|Teamet bakom den nya läsesalen|Dina frågor om avgifter|Bakom kulisserna på en restaurering",
    "pl": "Zmiany rozkładu w skrócie|Jak wybraliśmy tegoroczne propozycje|Dziesięć pomysłów na deszczową niedzielę|Zespół nowej czytelni|Pytania o opłaty|Kulisy renowacji",
    "ro": "Schimbările de orar pe scurt|Cum am ales selecția de anul acesta|Zece idei pentru o duminică ploioasă|Echipa noii săli de lectură|Întrebări despre taxe|În culisele unei restaurări",
    "hu": "Menetrendváltozások röviden|Így választottuk az idei listát|Tíz ötlet esős vasárnapra|Az új olvasóterem csapata|Kérdések a díjakról|Egy restaurálás kulisszái mögött",
    "el": "Οι αλλαγές δρομολογίων με μια ματιά|Πώς επιλέξαμε τη φετινή λίστα|Δέκα ιδέες για μια βροχερή Κυριακή|Η ομάδα του νέου αναγνωστηρίου|Οι ερωτήσεις σας για τα τέλη",
    "tr": "Sefer saatlerindeki değişiklikler|Bu yılın seçkisini nasıl belirledik|Yağmurlu bir pazar için on öneri|Yeni okuma salonunun ekibi|Ücretlerle ilgili sorularınız",
    "ru": "Изменения расписания коротко|Как мы составляли подборку|Десять идей для дождливого воскресенья|Команда нового читального зала|Ответы на вопросы о тарифах",
    "uk": "Зміни розкладу коротко|Як ми складали добірку|Десять ідей для дощової неділі|Команда нової читальні|Відповіді на питання про тарифи",
    "vi": "Thay đổi lịch trình mùa xuân|Cách chúng tôi chọn danh sách năm nay|Mười gợi ý cho ngày chủ nhật mưa|Đội ngũ phía sau phòng đọc mới|Giải đáp thắc mắc về phí",
    "id": "Perubahan jadwal sekilas|Cara kami memilih daftar tahun ini|Sepuluh ide untuk Minggu yang hujan|Tim di balik ruang baca baru|Pertanyaan Anda soal biaya",
    "ms": "Perubahan jadual secara ringkas|Bagaimana kami memilih senarai tahun ini|Sepuluh idea untuk Ahad hujan|Pasukan di sebalik bilik bacaan baharu",
    "sw": "Mabadiliko ya ratiba kwa ufupi|Jinsi tulivyochagua orodha ya mwaka huu|Mawazo kumi kwa Jumapili ya mvua|Timu ya chumba kipya cha kusomea",
    "am": "የጊዜ ሰሌዳ ለውጦች በአጭሩ|የዘንድሮውን ምርጫ እንዴት እንደመረጥን|ለዝናባማ እሁድ አሥር ሐሳቦች|ከአዲሱ የንባብ ክፍል ጀርባ ያለው ቡድን",
    "ar": "تغييرات المواعيد باختصار|كيف اخترنا قائمة هذا العام|عشر أفكار ليوم أحد ممطر|الفريق وراء قاعة القراءة الجديدة|أسئلتكم عن الرسوم",
    "he": "שינויי לוח הזמנים בקצרה|כך בחרנו את הרשימה השנה|עשרה רעיונות ליום ראשון גשום|הצוות מאחורי חדר הקריאה החדש",
    "fa": "تغییرات برنامه زمانی به‌طور خلاصه|فهرست امسال را چگونه انتخاب کردیم|ده پیشنهاد برای یک یکشنبه بارانی|تیم پشت تالار مطالعه تازه",
    "hi": "समय-सारिणी में बदलाव एक नज़र में|इस साल की सूची हमने कैसे चुनी|बारिश वाले रविवार के दस सुझाव|नए वाचनालय के पीछे की टीम",
    "bn": "সময়সূচির পরিবর্তন এক নজরে|এ বছরের তালিকা যেভাবে বাছলাম|বৃষ্টির রবিবারের দশটি পরিকল্পনা|নতুন পাঠকক্ষের পেছনের দল",
    "ta": "கால அட்டவணை மாற்றங்கள் சுருக்கமாக|இந்த ஆண்டுப் பட்டியலை எப்படித் தேர்ந்தோம்|மழை ஞாயிறுக்குப் பத்து யோசனைகள்",
    "th": "สรุปการเปลี่ยนตารางเวลา|เราคัดเลือกรายชื่อปีนี้อย่างไร|สิบไอเดียสำหรับวันอาทิตย์ฝนตก|ทีมงานเบื้องหลังห้องอ่านหนังสือใหม่",
    "ko": "봄철 시간표 변경 한눈에 보기|올해 목록은 이렇게 골랐습니다|비 오는 일요일에 할 일 열 가지|새 열람실을 만든 사람들|요금에 관한 질문과 답변",
    "ja": "春のダイヤ改正まとめ|今年のセレクションができるまで|雨の日曜日にできる10のこと|新しい閲覧室をつくったチーム|料金に関するよくある質問",
    "zh": "春季时刻表调整一览|今年的榜单是怎样选出的|雨天周日的十个去处|新阅览室背后的团队|关于收费的常见问题",
}  # fmt: skip

# One paragraph of ordinary prose per language, for pages that ask for filler.
PROSE: dict[str, str] = {
    "en": "The collection grew slowly at first: a few hundred items given by local families, catalogued by volunteers on index cards that still sit in the reading room. Digitising them took eleven years and two changes of software, and the team is frank that some early descriptions are thin. If you know more about an item, the curators would like to hear from you.",
    "de": "Die Sammlung wuchs zunächst langsam: einige hundert Stücke aus Familienbesitz, von Ehrenamtlichen auf Karteikarten erfasst, die noch heute im Lesesaal stehen. Die Digitalisierung dauerte elf Jahre und zwei Softwarewechsel.",
    "fr": "La collection s'est d'abord constituée lentement : quelques centaines de pièces données par des familles, cataloguées par des bénévoles sur des fiches encore conservées en salle de lecture. La numérisation a pris onze ans.",
    "es": "La colección creció despacio al principio: unos cientos de piezas donadas por familias de la zona, catalogadas por voluntarios en fichas que aún se guardan en la sala de lectura. Digitalizarlas llevó once años.",
    "pt": "A coleção cresceu devagar no início: algumas centenas de peças doadas por famílias da região, catalogadas por voluntários em fichas que ainda estão na sala de leitura. A digitalização demorou onze anos.",
    "it": "La collezione è cresciuta lentamente all'inizio: qualche centinaio di oggetti donati da famiglie del posto, catalogati da volontari su schede ancora conservate in sala lettura. La digitalizzazione ha richiesto undici anni.",
    "nl": "De collectie groeide eerst langzaam: een paar honderd stukken van families uit de buurt, door vrijwilligers beschreven op systeemkaarten die nog in de leeszaal staan. Het digitaliseren duurde elf jaar.",
    "sv": "Samlingen växte långsamt i början: några hundra föremål från familjer i trakten, katalogiserade av frivilliga på kort som fortfarande står i läsesalen. Digitaliseringen tog elva år.",
    "pl": "Zbiór rósł z początku powoli: kilkaset obiektów od miejscowych rodzin, opisanych przez wolontariuszy na kartach, które wciąż stoją w czytelni. Digitalizacja trwała jedenaście lat.",
    "ro": "Colecția a crescut încet la început: câteva sute de obiecte donate de familii din zonă, catalogate de voluntari pe fișe care se află și azi în sala de lectură. Digitalizarea a durat unsprezece ani.",
    "hu": "A gyűjtemény eleinte lassan gyarapodott: néhány száz tárgy helyi családoktól, amelyeket önkéntesek írtak le katalóguscédulákra; ezek ma is az olvasóteremben állnak. A digitalizálás tizenegy évig tartott.",
    "el": "Η συλλογή μεγάλωσε αργά στην αρχή: μερικές εκατοντάδες αντικείμενα από τοπικές οικογένειες, καταγεγραμμένα από εθελοντές σε καρτέλες που βρίσκονται ακόμη στο αναγνωστήριο. Η ψηφιοποίηση κράτησε έντεκα χρόνια.",
    "tr": "Koleksiyon başta yavaş büyüdü: yerel ailelerin bağışladığı birkaç yüz parça, gönüllülerin hâlâ okuma salonunda duran fişlere kaydettiği eserler. Dijitalleştirme on bir yıl sürdü.",
    "ru": "Поначалу коллекция росла медленно: несколько сотен предметов от местных семей, описанных волонтёрами на карточках, которые до сих пор стоят в читальном зале. Оцифровка заняла одиннадцать лет.",
    "uk": "Спочатку колекція зростала повільно: кілька сотень предметів від місцевих родин, описаних волонтерами на картках, що досі стоять у читальні. Оцифрування тривало одинадцять років.",
    "vi": "Bộ sưu tập lúc đầu lớn lên chậm: vài trăm hiện vật do các gia đình địa phương tặng, được tình nguyện viên ghi trên phiếu mục lục vẫn còn trong phòng đọc. Việc số hóa mất mười một năm.",
    "id": "Koleksi ini awalnya tumbuh pelan: beberapa ratus benda sumbangan keluarga setempat, dicatat relawan pada kartu katalog yang masih ada di ruang baca. Digitalisasinya memakan waktu sebelas tahun.",
    "ms": "Koleksi ini pada mulanya berkembang perlahan: beberapa ratus barang sumbangan keluarga tempatan, dicatat sukarelawan pada kad katalog yang masih ada di bilik bacaan. Pendigitalan mengambil masa sebelas tahun.",
    "sw": "Mkusanyiko ulikua polepole mwanzoni: vitu mia kadhaa vilivyotolewa na familia za eneo hili, vikaorodheshwa na watu wa kujitolea kwenye kadi ambazo bado ziko chumbani mwa kusomea. Kuviweka kidijitali kulichukua miaka kumi na moja.",
    "am": "ስብስቡ መጀመሪያ ላይ ቀስ ብሎ አደገ፤ ከአካባቢው ቤተሰቦች የተበረከቱ ጥቂት መቶ ዕቃዎች በበጎ ፈቃደኞች በካርዶች ላይ ተመዝግበዋል። ዲጂታል ማድረጉ አሥራ አንድ ዓመት ፈጅቷል።",
    "ar": "نمت المجموعة ببطء في البداية: بضع مئات من القطع تبرعت بها عائلات محلية، وفهرسها متطوعون على بطاقات ما زالت في قاعة القراءة. واستغرقت رقمنتها أحد عشر عاماً.",
    "he": "האוסף גדל לאט בהתחלה: כמה מאות פריטים שתרמו משפחות מהאזור, שקוטלגו בידי מתנדבים על כרטיסיות שעדיין נמצאות בחדר הקריאה. הדיגיטציה נמשכה אחת עשרה שנה.",
    "fa": "این مجموعه در آغاز آرام رشد کرد: چند صد شیء اهدایی خانواده‌های محلی که داوطلبان روی برگه‌هایی فهرست کردند که هنوز در تالار مطالعه است. دیجیتال‌سازی یازده سال طول کشید.",
    "hi": "शुरुआत में संग्रह धीरे-धीरे बढ़ा: स्थानीय परिवारों की दी हुई कुछ सौ वस्तुएँ, जिन्हें स्वयंसेवकों ने कार्डों पर दर्ज किया जो आज भी वाचनालय में हैं। डिजिटल बनाने में ग्यारह साल लगे।",
    "bn": "শুরুতে সংগ্রহটি ধীরে ধীরে বেড়েছে: স্থানীয় পরিবারগুলোর দেওয়া কয়েকশো জিনিস, স্বেচ্ছাসেবীরা কার্ডে তালিকা করেছিলেন যা এখনও পাঠকক্ষে আছে। ডিজিটাল করতে এগারো বছর লেগেছে।",
    "ta": "தொடக்கத்தில் சேகரிப்பு மெதுவாக வளர்ந்தது: உள்ளூர்க் குடும்பங்கள் கொடுத்த சில நூறு பொருட்கள், தன்னார்வலர்கள் அட்டைகளில் பதிவு செய்தனர். அவற்றை எண்மமாக்க பதினொரு ஆண்டுகள் ஆனது.",
    "th": "ในช่วงแรกคอลเลกชันเติบโตอย่างช้า ๆ มีของไม่กี่ร้อยชิ้นที่ครอบครัวในท้องถิ่นมอบให้ อาสาสมัครบันทึกลงบัตรรายการที่ยังอยู่ในห้องอ่าน การแปลงเป็นดิจิทัลใช้เวลาสิบเอ็ดปี",
    "ko": "소장품은 처음에 천천히 늘었다. 지역 가정이 기증한 수백 점을 자원봉사자들이 카드에 기록했고, 그 카드는 지금도 열람실에 있다. 디지털화에는 11년이 걸렸다.",
    "ja": "収蔵品は当初ゆっくりと増えた。地元の家庭から寄贈された数百点を、ボランティアがカードに記録し、そのカードは今も閲覧室に残っている。デジタル化には11年かかった。",
    "zh": "藏品起初增长缓慢：几百件由本地家庭捐赠的物品，由志愿者记录在卡片上，这些卡片至今仍放在阅览室里。数字化工作花了十一年。",
}  # fmt: skip

CSS = [
    ":root{--brand:#0b5fff;--ink:#1b1b1f;--muted:#6b6f76;--r:8px}",
    "body{margin:0;font:15px/1.6 Inter,system-ui,-apple-system,'Segoe UI',sans-serif;color:var(--ink)}",
    ".container{max-width:1240px;margin:0 auto;padding:0 24px}.row{display:flex;gap:24px;flex-wrap:wrap}",
    ".megamenu{position:absolute;inset:100% 0 auto 0;display:none;background:#fff;box-shadow:0 12px 32px rgba(0,0,0,.14)}",
    ".nav__item:hover .megamenu,.nav__item:focus-within .megamenu{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}",
    ".tile{border:1px solid #e3e5e8;border-radius:var(--r);overflow:hidden}.tile img{width:100%;height:auto}",
    ".adunit{min-height:90px;background:repeating-linear-gradient(45deg,#fafafa,#fafafa 10px,#f2f2f2 10px,#f2f2f2 20px)}",
    "@media (max-width:840px){.aside{display:none}.megamenu{position:static}.nav__item>a{padding:12px 16px}}",
    ".cmp{position:fixed;inset:auto 0 0 0;z-index:2147483000;background:#fff;padding:20px;box-shadow:0 -4px 16px rgba(0,0,0,.1)}",
    ".site-footer{background:#111;color:#bbb}.site-footer a{color:#ddd}.site-footer h4{letter-spacing:.08em;text-transform:uppercase}",
    ".visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden}",
    ".button{display:inline-block;padding:.6em 1.3em;border-radius:4px;background:var(--brand);color:#fff;font-weight:600}",
    "table.data{border-collapse:collapse;width:100%}table.data td,table.data th{border-bottom:1px solid #eee;padding:6px 8px}",
]
TAGS = re.compile(r"<meta http-equiv[^>]*>|<script data-head[^>]*>.*?</script>", re.S | re.I)


def _w(case: Any) -> tuple[str, str, str, str, str, str]:
    return L.get(case.lang, L["en"])


def _menu(case: Any) -> list[str]:
    return _w(case)[0].split("|")


def _pool(case: Any) -> list[str]:
    return RAIL.get(case.lang, RAIL["en"]).split("|")


def _path(case: Any) -> str:
    return str(case.link_path)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "page"


def _slug_words(case: Any) -> str:
    last = _path(case).split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"\.(html?|aspx|php)$|[-_]+", " ", last).strip()


def _rng(case: Any) -> random.Random:
    return random.Random(case.id + "#" + _path(case))


def _stamp(case: Any) -> str:
    digest = hashlib.md5((case.id + _path(case)).encode()).hexdigest()
    return (
        f"<!-- served by edge-{digest[:3]} in {int(digest[3:6], 16) % 700 + 12}ms, trace {digest[6:22]} -->"
        f"<script>window.__trace={{id:'{digest[6:22]}',ts:{1764900000 + int(digest[22:28], 16) % 86400}}};</script>"
    )


def _state(case: Any, rng: random.Random, items: int, key: str = "items") -> str:
    pool = _pool(case)
    blob = {
        "locale": case.lang,
        "tenant": _slug(case.site),
        "release": f"{rng.randrange(2024, 2027)}.{rng.randrange(1, 13)}.{rng.randrange(99)}",
        "features": {f"ff_{rng.randrange(16**6):06x}": rng.random() < 0.4 for _ in range(30)},
        key: [
            {"id": rng.randrange(10**8), "label": pool[i % len(pool)], "href": f"/{rng.randrange(10**6)}",
             "media": {"src": f"/media/{rng.randrange(16**10):010x}.webp", "w": 640, "h": 360}, "rank": i}
            for i in range(items)
        ],
    }  # fmt: skip
    return json.dumps(blob, ensure_ascii=False).replace("</", "<\\/")


def _head(case: Any, rng: random.Random, extra: str = "", css: int = 40) -> str:
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    bits = "".join(TAGS.findall(case.message))
    direction = "rtl" if case.lang in RTL else "ltr"
    style = "".join(rng.choice(CSS) for _ in range(css))
    return (
        f"<!doctype html><html lang='{case.lang}' dir='{direction}'><head><meta charset='utf-8'>{title}{bits}"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><link rel='canonical' href='{html.escape(_path(case))}'>"
        f"<link rel='preload' as='font' href='/fonts/brand.{rng.randrange(16**6):06x}.woff2' crossorigin>"
        f"<link rel='stylesheet' href='/static/css/app.{rng.randrange(16**8):08x}.css'><style>{style}</style>"
        f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());gtag('config','G-{rng.randrange(16**8):08X}',{{anonymize_ip:true}});</script>"
        f"{extra}</head>"
    )


def _message(case: Any) -> str:
    text = TAGS.sub("", case.message)
    return text.replace("{path}", html.escape(_path(case))).replace(
        "{slug}", html.escape(_slug_words(case))
    )


def _main(case: Any, cls: str = "page-title") -> str:
    h1 = f"<h1 class='{cls}'>{case.h1}</h1>" if case.h1 else ""
    prose = PROSE.get(case.lang, PROSE["en"])
    return h1 + _message(case) + "".join(f"<p>{prose}</p>" for _ in range(case.filler))


def _nav(case: Any, rng: random.Random, cls: str = "nav", cols: int = 3) -> str:
    menu, pool = _menu(case), _pool(case)
    items = "".join(
        f"<li class='{cls}__item'><a href='/{_slug(m)}/'>{m}</a><div class='megamenu'>"
        + "".join(
            f"<div><h3>{menu[(i + c + 1) % 6]}</h3><ul>"
            + "".join(f"<li><a href='/{_slug(m)}/{rng.randrange(10**5)}'>{t}</a></li>" for t in rng.sample(pool, k=min(4, len(pool))))
            + "</ul></div>"
            for c in range(cols)
        )
        + "</div></li>"
        for i, m in enumerate(menu)
    )  # fmt: skip
    return f"<nav class='{cls}' aria-label='Main'><ul>{items}</ul></nav>"


def _search(case: Any, action: str = "/search", name: str = "q", value: str = "") -> str:
    word = _w(case)[3]
    return (
        f"<form role='search' class='site-search' action='{action}'><label class='visually-hidden' for='q-{name}'>{word}</label>"
        f"<input id='q-{name}' name='{name}' type='search' value='{value}' placeholder='{word}'><button type='submit'>{word}</button></form>"
    )


def _crumbs(case: Any, rng: random.Random) -> str:
    menu = _menu(case)
    section = menu[rng.randrange(1, 5)]
    return f"<nav aria-label='breadcrumb' class='crumbs'><a href='/'>{menu[0]}</a> › <a href='/{_slug(section)}/'>{section}</a></nav>"


def _rail(case: Any, rng: random.Random, count: int = 6, cls: str = "rail") -> str:
    pool = _pool(case)
    cards = "".join(
        f"<li class='tile'><a href='/{_slug(t)[:32]}-{rng.randrange(10**6)}'><img src='/media/{rng.randrange(16**8):08x}.webp' alt='' loading='lazy' width='320' height='180'>"
        f"<span>{t}</span></a></li>"
        for t in (rng.choice(pool) for _ in range(count))
    )
    return f"<section class='{cls}'><h2>{_w(case)[4]}</h2><ul>{cards}</ul></section>"


def _ad(rng: random.Random, size: str = "300x250") -> str:
    slot = rng.randrange(10**7)
    return (
        f"<div class='adunit' id='ad-{slot}' data-ad-size='{size}' aria-hidden='true'>"
        f"<script>(window.adq=window.adq||[]).push({{slot:'/8812/{slot}',sizes:[[{size.replace('x', ',')}]],lazy:true}});</script></div>"
    )


def _footer(case: Any, rng: random.Random, cols: int = 4) -> str:
    menu, pool = _menu(case), _pool(case)
    columns = "".join(
        f"<div><h4>{menu[c + 1]}</h4><ul>"
        + "".join(f"<li><a href='/{_slug(menu[c + 1])}/{rng.randrange(10**4)}'>{t}</a></li>" for t in rng.sample(pool, k=min(4, len(pool))))
        + "</ul></div>"
        for c in range(cols)
    )  # fmt: skip
    icons = "".join(
        f"<a href='https://{s}.example/{_slug(case.site)}' aria-label='{s}'><svg viewBox='0 0 24 24' width='22' height='22'><circle cx='12' cy='12' r='10'/></svg></a>"
        for s in ("facebook", "instagram", "linkedin", "youtube", "x")
    )
    return (
        f"<footer class='site-footer'><div class='container'><div class='row'>{columns}</div><div class='social'>{icons}</div>"
        f"<p class='legal'>{_w(case)[5]}</p><p>© {rng.randrange(1995, 2016)}–2026 {case.site}</p>{_stamp(case)}</div></footer>"
    )


def _consent(case: Any, vendor: str = "onetrust-banner-sdk") -> str:
    w = _w(case)
    return (
        f"<div id='{vendor}' class='cmp' role='region' aria-label='Cookie banner'><p>{w[1]}</p>"
        f"<button class='button' id='accept-all'>{w[2]}</button><button id='cmp-settings'>⚙</button></div>"
    )


def _page(
    case: Any,
    rng: random.Random,
    *,
    body: str,
    head: str = "",
    state: int = 40,
    css: int = 40,
    header: str = "",
    aside: str = "",
    main_cls: str = "main",
    h1: str = "page-title",
    after: str = "",
    cols: int = 4,
    consent: str = "onetrust-banner-sdk",
) -> str:
    """The skeleton every template fills: head, header, crumbs, main, aside, footer, consent."""
    state_js = f"<script type='application/json' id='app-state'>{_state(case, rng, state)}</script>"
    return (
        _head(case, rng, head, css)
        + f"<body class='{body}'><a class='visually-hidden' href='#main'>Skip</a>"
        f"<header class='site-header'><div class='container'><a class='brand' href='/'>{case.site}</a>{header or _nav(case, rng)}{_search(case)}</div></header>"
        f"<div class='container row'><main id='main' class='{main_cls}'>{_crumbs(case, rng)}{_main(case, h1)}</main>"
        f"<aside class='aside'>{aside}</aside></div>{after}{_footer(case, rng, cols)}{_consent(case, consent) if consent else ''}"
        f"{state_js}<script src='/static/js/runtime.{rng.randrange(16**8):08x}.js' defer></script></body></html>"
    )  # fmt: skip


# -- templates ----------------------------------------------------------------------------


def _airline(case: Any, rng: random.Random) -> str:
    """An airline: booking widget, destination deals, loyalty teaser."""
    deals = "".join(
        f"<li><a href='/deals/{rng.randrange(10**4)}'>{t}</a> <b>{rng.randrange(49, 899)} €</b></li>"
        for t in rng.sample(_pool(case), k=4)
    )
    widget = (
        "<form class='booking' action='/booking/search'><input name='from' placeholder='From'><input name='to' placeholder='To'>"
        "<input type='date' name='out'><select name='pax'><option>1 adult</option><option>2 adults</option></select><button>Find flights</button></form>"
    )
    return _page(case, rng, body="airline page--content", state=60, header=_nav(case, rng, "gnav") + widget,
                 aside=f"<div class='deals'><h3>✈</h3><ul>{deals}</ul></div>{_ad(rng, '300x600')}", after=_rail(case, rng, 6, "destinations"))  # fmt: skip


def _bank(case: Any, rng: random.Random) -> str:
    """A retail bank or insurer: log-in button, product tiles, long legal disclaimers."""
    products = "".join(
        f"<div class='tile product'><h3>{t}</h3><a class='button' href='/apply/{rng.randrange(999)}'>→</a></div>"
        for t in rng.sample(_pool(case), k=4)
    )
    legal = (
        "<div class='disclaimer'>"
        + "<p>Representative example: borrowing 10,000 over 60 months at 6.9% APR representative (fixed). Total amount payable 11,822. Credit is subject to status. Calls may be recorded.</p>"
        * 3
        + "</div>"
    )
    return _page(case, rng, body="bank retail", state=45, header=_nav(case, rng, "bnav", 4) + "<a class='button login' href='/login'>Log in</a>",
                 aside=products, after=legal, consent="usercentrics-root")  # fmt: skip


def _museum(case: Any, rng: random.Random) -> str:
    """A museum's collection online: object record, visit info, ticket bar."""
    facts = "".join(
        f"<dt>{k}</dt><dd>{rng.randrange(1400, 1990)}</dd>"
        for k in ("Object no.", "Date", "Acquired", "Gallery")
    )
    return _page(case, rng, body="collection-object", state=50, head="<meta property='og:site_name' content='Collections'>",
                 header=_nav(case, rng, "mnav") + "<a class='button' href='/tickets'>Tickets</a>",
                 aside=f"<div class='visit'><h3>Visit</h3><p>10:00–17:30</p><dl>{facts}</dl></div>", after=_rail(case, rng, 8, "collection-rail"))  # fmt: skip


def _library(case: Any, rng: random.Random) -> str:
    """A library or archive catalogue: facets, holdings table, cite/export tools."""
    facets = "".join(
        f"<li><label><input type='checkbox'> {t} ({rng.randrange(2, 900)})</label></li>"
        for t in _pool(case)
    )
    holdings = "".join(
        f"<tr><td>Main stacks</td><td>{rng.randrange(100, 999)}.{rng.randrange(99)}</td><td>{rng.choice(['Available', 'On loan', 'Reading room only'])}</td></tr>"
        for _ in range(4)
    )
    return _page(case, rng, body="catalogue record-view", state=50, css=30,
                 aside=f"<div class='facets'><ul>{facets}</ul></div><div class='tools'><a href='#'>Cite</a><a href='#'>Export RIS</a><a href='#'>Permalink</a></div>",
                 after=f"<div class='container'><table class='data holdings'>{holdings}</table></div>")  # fmt: skip


def _appstore(case: Any, rng: random.Random) -> str:
    """An app store listing: ratings, screenshots carousel, similar apps."""
    shots = "".join(
        f"<img src='/shots/{rng.randrange(16**10):010x}.png' alt='' width='230' height='498'>"
        for _ in range(6)
    )
    return _page(case, rng, body="app-detail", state=70, main_cls="app-main",
                 aside=f"<div class='rating'>{rng.randrange(30, 50) / 10} ★ · {rng.randrange(1, 900)}K</div>{_rail(case, rng, 6, 'similar-apps')}",
                 after=f"<div class='screenshots container'>{shots}</div>")  # fmt: skip


def _registry(case: Any, rng: random.Random) -> str:
    """A package registry: install command, versions, weekly downloads, dependents."""
    side = (f"<div class='install'><h3>Install</h3><code>add {_slug(case.site)}-pkg</code></div>"
            f"<div class='stats'><p>Weekly downloads</p><p>{rng.randrange(10, 10**6):,}</p><svg width='200' height='40'><polyline points='"
            + " ".join(f"{i * 10},{rng.randrange(40)}" for i in range(20)) + "'/></svg></div>")  # fmt: skip
    return _page(
        case,
        rng,
        body="package-page",
        state=65,
        css=25,
        header=_nav(case, rng, "rnav", 2),
        aside=side,
        consent="",
    )


def _codehost(case: Any, rng: random.Random) -> str:
    """A code host: repository tabs, file list, about box (README in the main column)."""
    tabs = "".join(
        f"<a class='tab' href='#{t}'>{t}</a>"
        for t in ("Code", "Issues", "Pull requests", "Actions", "Wiki", "Insights")
    )
    files = "".join(
        f"<tr><td>📄 {n}</td><td>{rng.randrange(2, 40)} days ago</td></tr>"
        for n in ("src", "docs", "tests", ".github", "LICENSE", "pyproject.toml", "README.md")
    )
    return _page(case, rng, body="repo-page logged-out", state=85, css=30, header=f"<nav class='tabs'>{tabs}</nav>",
                 aside=f"<div class='about'><h3>About</h3><p>★ {rng.randrange(10, 9000)}</p></div>",
                 after=f"<div class='container'><table class='data files'>{files}</table></div>", consent="")  # fmt: skip


def _dictionary(case: Any, rng: random.Random) -> str:
    """An online dictionary: word of the day, nearby entries, browse by letter."""
    letters = "".join(f"<a href='/browse/{c}'>{c}</a>" for c in "abcdefghijklmnopqrstuvwxyz")
    return _page(case, rng, body="dictionary entry", state=50, header=_nav(case, rng, "dnav", 2) + f"<div class='az'>{letters}</div>",
                 aside=f"<div class='wotd'><h3>★</h3><p>{rng.choice(_pool(case))}</p></div>{_ad(rng)}{_ad(rng, '160x600')}")  # fmt: skip


def _sports(case: Any, rng: random.Random) -> str:
    """A sports results service: live score ticker, league table, fixtures."""
    ticker = "".join(
        f"<li>{rng.choice(['FT', 'HT', '72′'])} {rng.randrange(5)}–{rng.randrange(5)}</li>"
        for _ in range(12)
    )
    table = "".join(
        f"<tr><td>{i + 1}</td><td>Team {chr(65 + i)}</td><td>{rng.randrange(10, 38)}</td><td>{rng.randrange(10, 80)}</td></tr>"
        for i in range(12)
    )
    return _page(case, rng, body="sport match-centre", state=60, header=_nav(case, rng) + f"<ul class='scores-ticker'>{ticker}</ul>",
                 aside=f"<table class='data league'>{table}</table>{_ad(rng)}")  # fmt: skip


def _realty(case: Any, rng: random.Random) -> str:
    """An estate agent's listing: gallery, key facts, mortgage calculator, agent card."""
    gallery = "".join(
        f"<img src='/photos/{rng.randrange(16**9):09x}.jpg' alt='' width='800' height='533'>"
        for _ in range(8)
    )
    calc = "<form class='mortgage'><input name='price'><input name='deposit'><input name='term' value='25'><output>/mo</output></form>"
    return _page(case, rng, body="property-details", state=55, aside=f"<div class='agent'><h3>{case.site}</h3><a href='tel:+440000'>☎</a></div>{calc}",
                 after=f"<div class='gallery container'>{gallery}</div>{_rail(case, rng, 6, 'similar-homes')}")  # fmt: skip


def _cars(case: Any, rng: random.Random) -> str:
    """A car dealer's stock page: finance bar, spec tabs, similar vehicles."""
    finance = f"<div class='finance'><span>{rng.randrange(149, 699)}/mo</span><a class='button' href='/finance'>Finance</a></div>"
    return _page(case, rng, body="vehicle-details dealer", state=50, header=_nav(case, rng, "cnav") + finance,
                 aside=f"{_ad(rng)}<div class='dealer'><p>{case.site}</p><p>Mon–Sat 9–18</p></div>", after=_rail(case, rng, 8, "similar-vehicles"))  # fmt: skip


def _municipal(case: Any, rng: random.Random) -> str:
    """A municipality: alert bar, services A–Z, 'report a problem' and opening hours."""
    az = "".join(f"<a href='/a-z/{c}'>{c.upper()}</a>" for c in "abcdefghijklmnoprstuvw")
    return _page(case, rng, body="municipal service-page", state=60, css=30,
                 header=f"<div class='alert-bar'>{rng.choice(_pool(case))}</div>{_nav(case, rng, 'gov-nav', 2)}<div class='az'>{az}</div>",
                 aside="<div class='report'><a class='button' href='/report'>⚑</a><p>Mon–Fri 8:00–16:00</p></div>", consent="cookie-law-info-bar")  # fmt: skip


def _ngo(case: Any, rng: random.Random) -> str:
    """An NGO: donate banner, campaign cards, impact counters."""
    counters = "".join(
        f"<div class='counter'><b>{rng.randrange(10, 999)}k</b></div>" for _ in range(3)
    )
    return _page(case, rng, body="ngo campaign", state=35, header=_nav(case, rng) + "<a class='button donate' href='/donate'>♥</a>",
                 aside=counters, after=_rail(case, rng, 6, "campaigns"))  # fmt: skip


def _localnews(case: Any, rng: random.Random) -> str:
    """A local newspaper: paywall meter, weather widget, obituaries and classifieds rails."""
    weather = f"<div class='weather'>{rng.randrange(-5, 30)}° · {rng.choice(['☀', '☁', '☂'])}</div>"
    meter = f"<div class='meter' data-left='{rng.randrange(1, 5)}'></div><script>var pw={{m:{rng.randrange(1, 5)},r:'/subscribe'}};</script>"
    return _page(case, rng, body="article-page local", state=80, header=weather + _nav(case, rng, "nnav"),
                 aside=f"{_ad(rng, '300x600')}{_rail(case, rng, 4, 'obits')}{_ad(rng)}", after=meter + _rail(case, rng, 8, 'more-local'), consent="qc-cmp2-container")  # fmt: skip


def _preprint(case: Any, rng: random.Random) -> str:
    """A preprint server: versions, subject, download and metrics boxes."""
    versions = "".join(
        f"<li><a href='?v={i}'>v{i}</a> {rng.randrange(1, 28)} {rng.choice(['Jan', 'May', 'Sep'])} 202{rng.randrange(6)}</li>"
        for i in range(1, 4)
    )
    return _page(case, rng, body="abstract-page", state=70, css=25, header=_nav(case, rng, "snav", 2),
                 aside=f"<div class='download'><a href='/pdf'>PDF</a></div><ol class='versions'>{versions}</ol><p>{rng.randrange(100, 9000)} views</p>", consent="")  # fmt: skip


def _course(case: Any, rng: random.Random) -> str:
    """An e-learning platform: enrol box, syllabus accordion, instructor card."""
    syllabus = "".join(
        f"<details><summary>{t}</summary><p>{rng.randrange(3, 14)} lessons</p></details>"
        for t in _pool(case)
    )
    return _page(case, rng, body="course-landing", state=65, aside="<div class='enrol'><a class='button' href='/enrol'>→</a></div>",
                 after=f"<div class='container syllabus'>{syllabus}</div>{_rail(case, rng, 6, 'more-courses')}")  # fmt: skip


def _careers(case: Any, rng: random.Random) -> str:
    """A company careers site: job search, filters, benefits, talent community."""
    filters = "".join(f"<label><input type='checkbox'> {m}</label>" for m in _menu(case))
    return _page(case, rng, body="careers job-detail", state=55, header=_nav(case, rng, "jnav", 2) + _search(case, "/jobs", "keywords"),
                 aside=f"<div class='filters'>{filters}</div><div class='talent'><a href='/join'>✉</a></div>", after=_rail(case, rng, 5, "open-roles"))  # fmt: skip


def _apidocs(case: Any, rng: random.Random) -> str:
    """Versioned API docs: version switcher, sidebar tree, on-this-page, feedback."""
    tree = "".join(
        f"<li><a href='/docs/{_slug(t)[:20]}'>{t}</a><ul>"
        + "".join(f"<li><a href='#'>{m}</a></li>" for m in _menu(case))
        + "</ul></li>"
        for t in _pool(case)
    )
    switch = "<select class='version'><option>v3 (latest)</option><option>v2</option><option>v1 (legacy)</option></select>"
    return _page(case, rng, body="docs api-reference", state=80, css=30, header=switch, aside=f"<nav class='toc'><ul>{tree}</ul></nav>",
                 after="<div class='feedback'>👍 👎</div>", consent="")  # fmt: skip


def _recipe(case: Any, rng: random.Random) -> str:
    """A recipe site: jump-to-recipe, star ratings, heavy ad stack, newsletter pop-up."""
    ads = "".join(_ad(rng, s) for s in ("728x90", "300x250", "300x600", "320x50"))
    return _page(case, rng, body="recipe-template", state=40, header=_nav(case, rng) + "<a href='#recipe' class='jump'>↓</a>",
                 aside=ads + _rail(case, rng, 5, "trending"), after="<div class='newsletter-popup' hidden><input type='email'></div>")  # fmt: skip


def _forum(case: Any, rng: random.Random) -> str:
    """A forum thread page: category chips, topic list, reply box and user cards."""
    topics = "".join(
        f"<tr><td><a href='/t/{_slug(t)[:30]}/{rng.randrange(10**5)}'>{t}</a></td><td>{rng.randrange(0, 90)}</td></tr>"
        for t in _pool(case)
    )
    return _page(case, rng, body="forum topic", state=65, css=25, header=_nav(case, rng, "fnav", 2),
                 aside="<div class='users'>" + "".join(f"<img src='/avatar/{rng.randrange(10**5)}' alt='' width='32'>" for _ in range(12)) + "</div>",
                 after=f"<div class='container'><h3>{_w(case)[4]}</h3><table class='data topics'>{topics}</table></div>", consent="")  # fmt: skip


def _classifieds(case: Any, rng: random.Random) -> str:
    """Classifieds: category tree, price filter, seller box, similar ads grid."""
    return _page(case, rng, body="ad-view classifieds", state=60, header=_nav(case, rng, "knav"),
                 aside=f"<div class='seller'><p>★★★★☆</p><a class='button' href='/msg'>✉</a></div>{_ad(rng)}", after=_rail(case, rng, 10, "similar-ads"))  # fmt: skip


def _appshell(case: Any, rng: random.Random) -> str:
    """A SaaS app shell: sidebar, top bar, a root the script fills, big bootstrap state."""
    side = "".join(f"<a href='/app/{_slug(m)}'>{m}</a>" for m in _menu(case))
    return (
        _head(case, rng, f"<script>window.__BOOT__={_state(case, rng, 110, 'workspace')};</script>", 30)
        + f"<body class='app'><div id='root'><div class='shell'><nav class='sidebar'>{side}</nav><div class='topbar'>{case.site}</div>"
        f"<main class='view'>{_main(case, 'view-title')}</main></div></div>{_stamp(case)}"
        f"<script src='/app/static/js/main.{rng.randrange(16**8):08x}.chunk.js'></script></body></html>"
    )  # fmt: skip


def _podcast(case: Any, rng: random.Random) -> str:
    """A podcast or video host: player, episode list, subscribe buttons."""
    eps = "".join(
        f"<li><a href='/ep/{rng.randrange(10**4)}'>#{rng.randrange(1, 300)} {t}</a> <span>{rng.randrange(20, 90)} min</span></li>"
        for t in _pool(case)
    )
    player = "<div class='player'><button aria-label='Play'>▶</button><input type='range'><span>00:00</span></div>"
    return _page(case, rng, body="episode-page", state=55, header=_nav(case, rng, "pnav", 2) + player,
                 aside=f"<div class='subscribe'>RSS · Apple · Spotify</div><ol class='episodes'>{eps}</ol>")  # fmt: skip


def _hospital(case: Any, rng: random.Random) -> str:
    """A hospital: emergency strip, find-a-doctor, appointment widget, health library."""
    return _page(case, rng, body="hospital health-library", state=35, header="<div class='er-strip'>☎ 112 · A&amp;E</div>" + _nav(case, rng, "hnav", 4),
                 aside="<div class='appt'><a class='button' href='/appointments'>📅</a></div>" + _rail(case, rng, 4, "health-a-z"))  # fmt: skip


def _govarchive(case: Any, rng: random.Random) -> str:
    """A government site with a crest, language toggle and 'was this page useful?' survey."""
    return _page(case, rng, body="gov template-page", state=70, css=25,
                 header="<div class='crest'>⚜</div><div class='lang-toggle'><a href='?lang=en'>EN</a><a href='?lang=xx'>··</a></div>" + _nav(case, rng, "gnav", 2),
                 aside="", after="<div class='container feedback'><p>?</p><button>✓</button><button>✗</button></div>", consent="")  # fmt: skip


def _wiki(case: Any, rng: random.Random) -> str:
    """A wiki: tools sidebar, page tabs, categories strip, last-edited line."""
    tools = "".join(
        f"<li><a href='/special/{t}'>{t}</a></li>"
        for t in ("Recent changes", "Random page", "Upload", "Special pages", "Permanent link")
    )
    return _page(case, rng, body="mw-body skin-vector", state=95, css=20, header="<div class='tabs'><a>Read</a><a>Edit</a><a>History</a></div>",
                 aside=f"<ul class='tools'>{tools}</ul>", after=f"<div class='catlinks'>{' · '.join(_pool(case)[:4])}</div>", consent="")  # fmt: skip


def _shop(case: Any, rng: random.Random) -> str:
    """A shop's product page: gallery, price box, delivery promises, cross-sell."""
    promises = "<ul class='usp'><li>✓ 30</li><li>✓ 2–4</li><li>✓ 0,-</li></ul>"
    return _page(case, rng, body="product-page template-product", state=75, header=_nav(case, rng, "snav") + "<a href='/cart'>🛒 0</a>",
                 aside=promises, after=_rail(case, rng, 8, "cross-sell"))  # fmt: skip


def _tickets(case: Any, rng: random.Random) -> str:
    """A ticket seller: date picker, venue map, 'fans also viewed'."""
    dates = "".join(f"<li>{rng.randrange(1, 29)}.{rng.randrange(1, 13)}.</li>" for _ in range(6))
    return _page(case, rng, body="event-detail tickets", state=60, aside=f"<ul class='dates'>{dates}</ul><div class='venue-map'><svg width='200' height='120'><rect width='200' height='120'/></svg></div>",
                 after=_rail(case, rng, 8, "fans-also-viewed"))  # fmt: skip


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "w7air": _airline,
    "w7bank": _bank,
    "w7museum": _museum,
    "w7library": _library,
    "w7appstore": _appstore,
    "w7registry": _registry,
    "w7code": _codehost,
    "w7dict": _dictionary,
    "w7sports": _sports,
    "w7realty": _realty,
    "w7cars": _cars,
    "w7muni": _municipal,
    "w7ngo": _ngo,
    "w7local": _localnews,
    "w7preprint": _preprint,
    "w7course": _course,
    "w7careers": _careers,
    "w7api": _apidocs,
    "w7recipe": _recipe,
    "w7forum": _forum,
    "w7classified": _classifieds,
    "w7app": _appshell,
    "w7podcast": _podcast,
    "w7hospital": _hospital,
    "w7gov": _govarchive,
    "w7wiki": _wiki,
    "w7shop": _shop,
    "w7tickets": _tickets,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, _rng(case))
