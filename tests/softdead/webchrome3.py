# ruff: noqa: E501  (menus, banners, footers and prose in many languages: data, one item a line)
"""Site templates of the third blind set (``blind3.yaml``): systems the first two sets did not use.

Written by someone who had read neither ``curator.classify`` nor the earlier sets' pages: a
Joomla regional portal, a TYPO3 municipality, an Adobe Experience Manager hospital group, a
newsletter platform, a phpBB forum, a questions-and-answers site, an applicant-tracking job
board, a ticketing site, a property portal, a large marketplace, a national government design
system, a scholarly publisher, a Confluence space, a Nuxt (Vue) app shell, a dense Asian web
portal, a video platform, a recipe blog and a static Hugo blog. Each carries what such pages
carry around their message, at their real weight (20-150 kB): consent managers, mega menus,
breadcrumbs, sidebars, recommendation rails, long footers, inline styles, hydration state and
tag managers. The chrome never depends on the page's label: only the case's title, heading and
message say whether the page is gone. Real captured pages in ``../shared/corpus`` inspired the
structure; no text or markup is copied from them.

``render(case)`` returns the page for a case whose ``chrome`` names one of ``TEMPLATES``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

RTL = frozenset({"ar", "he", "fa", "ur"})

# Per language: menu, consent line, accept, reject, search, footer line, "related" heading, tagline.
WORDS: dict[str, dict[str, Any]] = {
    "en": {"menu": ["Home", "News", "Local", "Health", "Culture", "Services", "About", "Contact"], "cookie": "We and our partners store and access information on your device to personalise content and measure audiences.", "accept": "I agree", "reject": "Manage choices", "search": "Search", "footer": "Privacy notice · Cookie settings · Terms · Accessibility statement · Modern slavery statement", "related": "You might also like", "tagline": "Independent reporting since 1998"},
    "de": {"menu": ["Start", "Aktuelles", "Region", "Gesundheit", "Kultur", "Bürgerservice", "Über uns", "Kontakt"], "cookie": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät, um Inhalte zu personalisieren und Reichweiten zu messen.", "accept": "Zustimmen", "reject": "Einstellungen", "search": "Suchen", "footer": "Impressum · Datenschutz · Cookie-Einstellungen · Barrierefreiheit · Leichte Sprache", "related": "Das könnte Sie auch interessieren", "tagline": "Nachrichten aus Ihrer Region"},
    "fr": {"menu": ["Accueil", "Actualités", "Région", "Santé", "Culture", "Démarches", "À propos", "Contact"], "cookie": "Nos partenaires et nous stockons des informations sur votre appareil pour personnaliser le contenu et mesurer l'audience.", "accept": "Accepter", "reject": "Paramétrer", "search": "Rechercher", "footer": "Mentions légales · Données personnelles · Gestion des cookies · Accessibilité : partiellement conforme", "related": "À lire aussi", "tagline": "L'information de proximité"},
    "es": {"menu": ["Portada", "Actualidad", "Local", "Salud", "Cultura", "Trámites", "Quiénes somos", "Contacto"], "cookie": "Nosotros y nuestros socios almacenamos información en tu dispositivo para personalizar contenidos y medir la audiencia.", "accept": "Aceptar y continuar", "reject": "Configurar", "search": "Buscar", "footer": "Aviso legal · Privacidad · Configuración de cookies · Accesibilidad", "related": "Te puede interesar", "tagline": "Noticias cerca de ti"},
    "it": {"menu": ["Home", "Cronaca", "Territorio", "Salute", "Cultura", "Servizi", "Chi siamo", "Contatti"], "cookie": "Noi e i nostri partner archiviamo informazioni sul tuo dispositivo per personalizzare i contenuti e misurare il pubblico.", "accept": "Accetta", "reject": "Personalizza", "search": "Cerca", "footer": "Note legali · Privacy · Preferenze cookie · Dichiarazione di accessibilità", "related": "Potrebbe interessarti", "tagline": "Il quotidiano del territorio"},
    "pt": {"menu": ["Início", "Notícias", "Região", "Saúde", "Cultura", "Serviços", "Sobre", "Fale conosco"], "cookie": "Nós e nossos parceiros armazenamos informações no seu dispositivo para personalizar conteúdo e medir audiência.", "accept": "Aceitar", "reject": "Gerenciar", "search": "Buscar", "footer": "Termos de uso · Política de privacidade · Preferências de cookies · Acessibilidade", "related": "Veja também", "tagline": "Jornalismo independente"},
    "nl": {"menu": ["Home", "Nieuws", "Regio", "Gezondheid", "Cultuur", "Loket", "Over ons", "Contact"], "cookie": "Wij en onze partners slaan informatie op uw apparaat op om inhoud te personaliseren en bereik te meten.", "accept": "Akkoord", "reject": "Instellingen", "search": "Zoeken", "footer": "Privacy · Cookies · Disclaimer · Toegankelijkheid · Kwetsbaarheid melden", "related": "Meer over dit onderwerp", "tagline": "Nieuws uit de regio"},
    "pl": {"menu": ["Strona główna", "Wiadomości", "Region", "Zdrowie", "Kultura", "Urząd", "O nas", "Kontakt"], "cookie": "My i nasi partnerzy przechowujemy informacje na Twoim urządzeniu, aby dopasować treści i mierzyć oglądalność.", "accept": "Przejdź do serwisu", "reject": "Ustawienia", "search": "Szukaj", "footer": "Polityka prywatności · Regulamin · Ustawienia cookies · Deklaracja dostępności", "related": "Zobacz także", "tagline": "Portal regionalny"},
    "sv": {"menu": ["Start", "Nyheter", "Lokalt", "Hälsa", "Kultur", "E-tjänster", "Om oss", "Kontakt"], "cookie": "Vi och våra partner lagrar information på din enhet för att anpassa innehåll och mäta trafik.", "accept": "Godkänn", "reject": "Inställningar", "search": "Sök", "footer": "Personuppgifter · Kakor · Tillgänglighetsredogörelse · Om webbplatsen", "related": "Läs också", "tagline": "Lokala nyheter varje dag"},
    "ru": {"menu": ["Главная", "Новости", "Город", "Здоровье", "Культура", "Госуслуги", "О нас", "Контакты"], "cookie": "Мы и наши партнёры храним данные на вашем устройстве, чтобы подбирать материалы и измерять аудиторию.", "accept": "Принять", "reject": "Настроить", "search": "Поиск", "footer": "Политика конфиденциальности · Пользовательское соглашение · Карта сайта", "related": "Читайте также", "tagline": "Новости вашего города"},
    "uk": {"menu": ["Головна", "Новини", "Місто", "Здоров'я", "Культура", "Послуги", "Про нас", "Контакти"], "cookie": "Ми та наші партнери зберігаємо дані на вашому пристрої, щоб персоналізувати матеріали.", "accept": "Погоджуюсь", "reject": "Налаштувати", "search": "Пошук", "footer": "Політика конфіденційності · Правила користування · Мапа сайту", "related": "Читайте також", "tagline": "Новини регіону"},
    "tr": {"menu": ["Anasayfa", "Gündem", "Yerel", "Sağlık", "Kültür", "E-Hizmetler", "Kurumsal", "İletişim"], "cookie": "Biz ve iş ortaklarımız, içeriği kişiselleştirmek ve ölçüm yapmak için cihazınızda bilgi saklarız.", "accept": "Kabul ediyorum", "reject": "Tercihler", "search": "Ara", "footer": "KVKK Aydınlatma Metni · Çerez Politikası · Künye · Site Haritası", "related": "İlginizi çekebilir", "tagline": "Şehrin haber portalı"},
    "ar": {"menu": ["الرئيسية", "أخبار", "محليات", "صحة", "ثقافة", "خدمات", "من نحن", "اتصل بنا"], "cookie": "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتخصيص المحتوى وقياس عدد الزوار.", "accept": "موافق", "reject": "الإعدادات", "search": "بحث", "footer": "سياسة الخصوصية · شروط الاستخدام · خريطة الموقع", "related": "قد يعجبك أيضاً", "tagline": "أخبار على مدار الساعة"},
    "he": {"menu": ["ראשי", "חדשות", "מקומי", "בריאות", "תרבות", "שירותים", "אודות", "צור קשר"], "cookie": "אנחנו והשותפים שלנו שומרים מידע במכשיר שלך כדי להתאים תוכן ולמדוד תנועה.", "accept": "מאשר", "reject": "הגדרות", "search": "חיפוש", "footer": "מדיניות פרטיות · תנאי שימוש · הצהרת נגישות · מפת אתר", "related": "עוד בנושא", "tagline": "חדשות מכל הארץ"},
    "fa": {"menu": ["خانه", "اخبار", "استانی", "سلامت", "فرهنگ", "خدمات", "درباره ما", "تماس"], "cookie": "ما و شرکای ما برای شخصی‌سازی محتوا و سنجش بازدید، اطلاعاتی را روی دستگاه شما ذخیره می‌کنیم.", "accept": "قبول", "reject": "تنظیمات", "search": "جستجو", "footer": "حریم خصوصی · قوانین و مقررات · نقشه سایت", "related": "مطالب مرتبط", "tagline": "پایگاه خبری"},
    "ur": {"menu": ["صفحہ اول", "خبریں", "مقامی", "صحت", "ثقافت", "خدمات", "ہمارے بارے میں", "رابطہ"], "cookie": "ہم اور ہمارے شراکت دار مواد کو بہتر بنانے کے لیے آپ کے آلے پر معلومات محفوظ کرتے ہیں۔", "accept": "منظور", "reject": "ترتیبات", "search": "تلاش", "footer": "رازداری کی پالیسی · شرائط استعمال · سائٹ کا نقشہ", "related": "مزید پڑھیں", "tagline": "تازہ ترین خبریں"},
    "hi": {"menu": ["होम", "समाचार", "राज्य", "स्वास्थ्य", "संस्कृति", "सेवाएँ", "हमारे बारे में", "संपर्क"], "cookie": "हम और हमारे साझेदार सामग्री को आपके अनुसार बनाने और दर्शकों को मापने के लिए आपके डिवाइस पर जानकारी रखते हैं।", "accept": "सहमत हूँ", "reject": "सेटिंग", "search": "खोजें", "footer": "गोपनीयता नीति · उपयोग की शर्तें · साइटमैप · शिकायत निवारण", "related": "ये भी पढ़ें", "tagline": "हर ख़बर, सबसे पहले"},
    "bn": {"menu": ["প্রচ্ছদ", "খবর", "জেলা", "স্বাস্থ্য", "সংস্কৃতি", "সেবা", "আমাদের কথা", "যোগাযোগ"], "cookie": "আমরা ও আমাদের অংশীদাররা কনটেন্ট সাজাতে এবং পাঠক মাপতে আপনার ডিভাইসে তথ্য রাখি।", "accept": "সম্মত", "reject": "সেটিংস", "search": "খুঁজুন", "footer": "গোপনীয়তা নীতি · ব্যবহারের শর্তাবলি · সাইটম্যাপ", "related": "আরও পড়ুন", "tagline": "সবার আগে সব খবর"},
    "ta": {"menu": ["முகப்பு", "செய்திகள்", "மாவட்டம்", "ஆரோக்கியம்", "கலாச்சாரம்", "சேவைகள்", "எங்களைப் பற்றி", "தொடர்புக்கு"], "cookie": "உள்ளடக்கத்தைத் தனிப்பயனாக்க நாங்களும் எங்கள் கூட்டாளர்களும் உங்கள் சாதனத்தில் தகவல்களைச் சேமிக்கிறோம்.", "accept": "ஏற்கிறேன்", "reject": "அமைப்புகள்", "search": "தேடு", "footer": "தனியுரிமைக் கொள்கை · பயன்பாட்டு விதிமுறைகள் · தள வரைபடம்", "related": "தொடர்புடைய செய்திகள்", "tagline": "உடனுக்குடன் செய்திகள்"},
    "ja": {"menu": ["トップ", "ニュース", "地域", "健康", "カルチャー", "くらし", "会社情報", "お問い合わせ"], "cookie": "当社および提携先は、コンテンツの最適化とアクセス解析のためにお使いの端末に情報を保存します。", "accept": "同意して閉じる", "reject": "設定", "search": "検索", "footer": "プライバシーポリシー · 利用規約 · 外部送信について · サイトマップ", "related": "あわせて読みたい", "tagline": "地域の話題をお届けします"},
    "zh": {"menu": ["首页", "新闻", "本地", "健康", "文化", "服务", "关于我们", "联系我们"], "cookie": "我们及合作伙伴会在您的设备上存储信息，用于个性化内容和统计访问量。", "accept": "同意", "reject": "设置", "search": "搜索", "footer": "隐私政策 · 用户协议 · 网站地图 · 京ICP备00000000号", "related": "相关阅读", "tagline": "权威资讯 第一时间"},
    "ko": {"menu": ["홈", "뉴스", "지역", "건강", "문화", "생활", "회사소개", "고객센터"], "cookie": "당사와 파트너는 콘텐츠 맞춤화와 이용 통계를 위해 기기에 정보를 저장합니다.", "accept": "동의", "reject": "설정", "search": "검색", "footer": "개인정보처리방침 · 이용약관 · 청소년보호정책 · 사이트맵", "related": "함께 볼만한 기사", "tagline": "가장 빠른 지역 소식"},
    "th": {"menu": ["หน้าแรก", "ข่าว", "ภูมิภาค", "สุขภาพ", "วัฒนธรรม", "บริการ", "เกี่ยวกับเรา", "ติดต่อ"], "cookie": "เราและพันธมิตรจัดเก็บข้อมูลบนอุปกรณ์ของคุณเพื่อปรับเนื้อหาและวัดผลผู้เข้าชม", "accept": "ยอมรับ", "reject": "ตั้งค่า", "search": "ค้นหา", "footer": "นโยบายความเป็นส่วนตัว · ข้อกำหนดการใช้งาน · แผนผังเว็บไซต์", "related": "ข่าวที่เกี่ยวข้อง", "tagline": "ข่าวสารทันเหตุการณ์"},
    "vi": {"menu": ["Trang chủ", "Thời sự", "Địa phương", "Sức khỏe", "Văn hóa", "Dịch vụ", "Giới thiệu", "Liên hệ"], "cookie": "Chúng tôi và đối tác lưu thông tin trên thiết bị của bạn để cá nhân hóa nội dung và đo lường truy cập.", "accept": "Đồng ý", "reject": "Tùy chỉnh", "search": "Tìm kiếm", "footer": "Chính sách bảo mật · Điều khoản sử dụng · Sơ đồ trang", "related": "Tin liên quan", "tagline": "Tin tức nhanh và chính xác"},
    "id": {"menu": ["Beranda", "Berita", "Daerah", "Kesehatan", "Budaya", "Layanan", "Tentang kami", "Kontak"], "cookie": "Kami dan mitra kami menyimpan informasi di perangkat Anda untuk menyesuaikan konten dan mengukur pengunjung.", "accept": "Setuju", "reject": "Atur", "search": "Cari", "footer": "Kebijakan privasi · Pedoman media siber · Syarat penggunaan · Peta situs", "related": "Baca juga", "tagline": "Kabar terkini dari daerah"},
    "sw": {"menu": ["Mwanzo", "Habari", "Kaunti", "Afya", "Utamaduni", "Huduma", "Kuhusu", "Wasiliana"], "cookie": "Sisi na washirika wetu huhifadhi taarifa kwenye kifaa chako ili kuboresha maudhui.", "accept": "Nakubali", "reject": "Mipangilio", "search": "Tafuta", "footer": "Sera ya faragha · Masharti ya matumizi · Ramani ya tovuti", "related": "Habari zinazohusiana", "tagline": "Habari za kila siku"},
}  # fmt: skip

# Teaser headlines for the recommendation rails, per language; neutral everyday news.
TEASERS: dict[str, list[str]] = {
    "en": ["Bridge repairs to close the ring road for three weekends", "Allotment waiting lists hit a record", "School meals: what changes in January", "The bakery that has opened at 4am for forty years", "Councillors split over new parking charges", "Photos: the winter market returns", "Flu jabs: where to get one this week", "Library extends Sunday opening hours"],
    "de": ["Brückensanierung: Ringstraße an drei Wochenenden gesperrt", "Kleingärten: Wartelisten so lang wie nie", "Schulessen: Das ändert sich im Januar", "Die Bäckerei, die seit vierzig Jahren um vier Uhr öffnet", "Streit um neue Parkgebühren", "Bilder: Der Wintermarkt ist zurück"],
    "fr": ["Travaux sur le pont : la rocade fermée trois week-ends", "Jardins partagés : des listes d'attente record", "Cantine scolaire : ce qui change en janvier", "La boulangerie qui ouvre à 4 heures depuis quarante ans", "Stationnement : le conseil municipal divisé", "En images : le marché d'hiver est de retour"],
    "es": ["Obras en el puente: la ronda cerrará tres fines de semana", "Huertos urbanos: listas de espera récord", "Comedores escolares: qué cambia en enero", "La panadería que abre a las 4 desde hace cuarenta años", "División en el pleno por la nueva zona azul", "Fotos: vuelve el mercado de invierno"],
    "it": ["Lavori sul ponte: tangenziale chiusa per tre weekend", "Orti urbani, liste d'attesa da record", "Mense scolastiche: cosa cambia a gennaio", "Il forno che apre alle 4 da quarant'anni", "Parcheggi a pagamento, il consiglio si divide", "Foto: torna il mercatino d'inverno"],
    "pt": ["Obras na ponte fecham o anel viário por três fins de semana", "Hortas comunitárias têm fila recorde", "Merenda escolar: o que muda em janeiro", "A padaria que abre às 4h há quarenta anos", "Vereadores divergem sobre o novo estacionamento rotativo", "Fotos: a feira de inverno está de volta"],
    "nl": ["Brugrenovatie: ringweg drie weekenden dicht", "Volkstuinen: wachtlijsten langer dan ooit", "Schoollunch: dit verandert in januari", "De bakker die al veertig jaar om vier uur opengaat", "Raad verdeeld over nieuwe parkeertarieven", "Foto's: de wintermarkt is terug"],
    "pl": ["Remont mostu: obwodnica zamknięta przez trzy weekendy", "Ogródki działkowe: rekordowe kolejki", "Obiady w szkołach: co zmienia się w styczniu", "Piekarnia, która od czterdziestu lat otwiera się o czwartej", "Radni podzieleni w sprawie opłat za parkowanie", "Zdjęcia: wraca jarmark zimowy"],
    "sv": ["Broreparation stänger ringleden tre helger", "Rekordlånga köer till kolonilotterna", "Skolmaten: det här ändras i januari", "Bageriet som öppnat klockan fyra i fyrtio år", "Oenighet om nya parkeringsavgifter", "Bilder: julmarknaden är tillbaka"],
    "ru": ["Ремонт моста: кольцевую закроют на три выходных", "Очереди на садовые участки выросли", "Школьное питание: что изменится в январе", "Пекарня, которая сорок лет открывается в четыре утра", "Депутаты разошлись во мнениях о платных парковках", "Фото: зимняя ярмарка вернулась"],
    "uk": ["Ремонт мосту: об'їзну закриють на три вихідні", "Черги на городні ділянки рекордні", "Шкільне харчування: що зміниться в січні", "Пекарня, що сорок років відчиняється о четвертій", "Депутати сперечаються про платне паркування", "Фото: зимовий ярмарок повернувся"],
    "tr": ["Köprü onarımı: çevre yolu üç hafta sonu kapalı", "Hobi bahçeleri için bekleme listesi rekor kırdı", "Okul yemeklerinde ocak ayında neler değişiyor", "Kırk yıldır sabah dörtte açılan fırın", "Yeni otopark ücretleri mecliste tartışıldı", "Fotoğraflarla kış pazarı"],
    "ar": ["إغلاق الطريق الدائري ثلاث عطلات لإصلاح الجسر", "قوائم انتظار قياسية للحدائق المجتمعية", "الوجبات المدرسية: ما الذي يتغير في يناير", "المخبز الذي يفتح في الرابعة فجراً منذ أربعين عاماً", "خلاف في المجلس البلدي حول رسوم المواقف", "صور: عودة السوق الشتوي"],
    "he": ["שיפוץ הגשר: כביש הטבעת ייסגר בשלושה סופי שבוע", "רשימות המתנה שיא לגינות הקהילתיות", "ארוחות בבתי הספר: מה משתנה בינואר", "המאפייה שפותחת בארבע לפנות בוקר כבר ארבעים שנה", "מחלוקת במועצה על תעריפי החניה", "תמונות: שוק החורף חזר"],
    "fa": ["تعمیر پل؛ کمربندی سه آخر هفته بسته می‌شود", "صف انتظار باغچه‌های محلی رکورد زد", "غذای مدارس؛ چه چیزی در دی‌ماه تغییر می‌کند", "نانوایی‌ای که چهل سال است ساعت چهار صبح باز می‌شود", "اختلاف در شورای شهر بر سر پارکینگ", "تصاویر: بازارچه زمستانی بازگشت"],
    "ur": ["پل کی مرمت: رنگ روڈ تین ہفتہ وار تعطیلات بند", "کمیونٹی باغات کی انتظار فہرست ریکارڈ سطح پر", "اسکول کے کھانے: جنوری میں کیا بدلے گا", "وہ بیکری جو چالیس سال سے صبح چار بجے کھلتی ہے", "پارکنگ فیس پر کونسل میں اختلاف", "تصاویر: سرمائی بازار لوٹ آیا"],
    "hi": ["पुल की मरम्मत: तीन सप्ताहांत रिंग रोड बंद", "सामुदायिक बगीचों की प्रतीक्षा सूची रिकॉर्ड पर", "स्कूल भोजन: जनवरी में क्या बदलेगा", "चालीस साल से सुबह चार बजे खुलने वाली बेकरी", "पार्किंग शुल्क पर पार्षदों में मतभेद", "तस्वीरें: शीतकालीन मेला लौटा"],
    "bn": ["সেতু মেরামত: তিন সপ্তাহান্ত বন্ধ থাকবে বাইপাস", "কমিউনিটি বাগানের অপেক্ষমাণ তালিকা রেকর্ড ছুঁয়েছে", "স্কুলের খাবার: জানুয়ারিতে কী বদলাচ্ছে", "চল্লিশ বছর ধরে ভোর চারটায় খোলে যে বেকারি", "পার্কিং ফি নিয়ে কাউন্সিলে মতভেদ", "ছবিতে: শীতের মেলা ফিরেছে"],
    "ta": ["பாலம் பழுது: மூன்று வார இறுதிகள் சுற்றுச்சாலை மூடல்", "சமூகத் தோட்டங்களுக்கான காத்திருப்புப் பட்டியல் சாதனை", "பள்ளி உணவு: ஜனவரியில் என்ன மாறும்", "நாற்பது ஆண்டுகளாக அதிகாலை நான்கு மணிக்குத் திறக்கும் பேக்கரி", "வாகன நிறுத்தக் கட்டணம்: மன்றத்தில் கருத்து வேறுபாடு", "படங்கள்: குளிர்கால சந்தை திரும்பியது"],
    "ja": ["橋の補修で環状線が3週末通行止めに", "市民農園の待機者が過去最多", "給食、1月から何が変わる", "40年間午前4時に開くパン屋", "駐車料金の改定で市議会が紛糾", "写真特集：冬のマルシェが帰ってきた"],
    "zh": ["大桥维修 环路将连续三个周末封闭", "社区菜园排队人数创新高", "学校午餐一月起有哪些变化", "四十年来凌晨四点开门的面包店", "停车收费新规引发议员分歧", "图集：冬季市集回来了"],
    "ko": ["교량 보수로 순환도로 세 차례 주말 통제", "도시텃밭 대기자 역대 최다", "학교 급식, 1월부터 이렇게 바뀐다", "40년째 새벽 4시에 문 여는 빵집", "주차요금 인상 두고 시의회 격론", "포토: 겨울 장터가 돌아왔다"],
    "th": ["ซ่อมสะพาน ปิดถนนวงแหวนสามสุดสัปดาห์", "คิวรอแปลงผักชุมชนสูงเป็นประวัติการณ์", "อาหารกลางวันโรงเรียน เดือนมกราคมเปลี่ยนอะไรบ้าง", "ร้านเบเกอรี่ที่เปิดตีสี่มาสี่สิบปี", "สภาเมืองเห็นต่างเรื่องค่าจอดรถ", "ภาพ: ตลาดฤดูหนาวกลับมาแล้ว"],
    "vi": ["Sửa cầu, đường vành đai đóng ba cuối tuần", "Danh sách chờ vườn rau cộng đồng cao kỷ lục", "Bữa ăn học đường thay đổi gì từ tháng Giêng", "Tiệm bánh mở cửa lúc 4 giờ sáng suốt bốn mươi năm", "Hội đồng chia rẽ về phí đỗ xe mới", "Ảnh: Phiên chợ mùa đông trở lại"],
    "id": ["Perbaikan jembatan, jalan lingkar ditutup tiga akhir pekan", "Antrean kebun warga pecahkan rekor", "Makan siang sekolah: apa yang berubah Januari", "Toko roti yang buka pukul empat pagi selama empat puluh tahun", "Dewan terbelah soal tarif parkir baru", "Foto: Pasar musim dingin kembali"],
    "sw": ["Ukarabati wa daraja kufunga barabara kwa wikendi tatu", "Orodha ya kusubiri bustani za jamii yavunja rekodi", "Chakula cha shule: mabadiliko ya Januari", "Mkate unaookwa saa kumi alfajiri kwa miaka arobaini", "Madiwani watofautiana kuhusu ada za maegesho", "Picha: Soko la msimu limerudi"],
}  # fmt: skip

# One paragraph of ordinary article prose per language, for pages that ask for filler.
PROSE: dict[str, str] = {
    "en": "Residents who came to the meeting on Tuesday evening asked for clearer timetables and more room for bicycles, and officials promised to publish a revised plan before the spring. The project has been discussed for almost a decade, and its costs have been revised twice since the first estimate.",
    "de": "Die Anwohnerinnen und Anwohner, die am Dienstagabend zur Versammlung kamen, wünschten sich klarere Fahrpläne und mehr Platz für Fahrräder. Die Verwaltung sagte zu, vor dem Frühjahr einen überarbeiteten Plan vorzulegen; das Vorhaben wird seit fast zehn Jahren diskutiert.",
    "fr": "Les habitants venus à la réunion de mardi soir ont demandé des horaires plus lisibles et davantage de place pour les vélos. La mairie a promis de publier un plan révisé avant le printemps ; le projet est discuté depuis près de dix ans.",
    "es": "Los vecinos que acudieron a la reunión del martes por la tarde pidieron horarios más claros y más espacio para las bicicletas. El ayuntamiento se comprometió a publicar un plan revisado antes de la primavera; el proyecto se debate desde hace casi una década.",
    "it": "I residenti intervenuti all'incontro di martedì sera hanno chiesto orari più chiari e più spazio per le biciclette. Il Comune ha promesso di pubblicare un piano rivisto prima della primavera; il progetto è in discussione da quasi dieci anni.",
    "pt": "Os moradores que foram à reunião de terça à noite pediram horários mais claros e mais espaço para bicicletas. A prefeitura prometeu publicar um plano revisado antes da primavera; o projeto é discutido há quase uma década.",
    "nl": "Bewoners die dinsdagavond naar de bijeenkomst kwamen, vroegen om duidelijkere dienstregelingen en meer ruimte voor fietsen. De gemeente beloofde voor het voorjaar een herzien plan te publiceren; het project wordt al bijna tien jaar besproken.",
    "pl": "Mieszkańcy, którzy przyszli na wtorkowe spotkanie, prosili o czytelniejsze rozkłady jazdy i więcej miejsca dla rowerów. Urząd obiecał opublikować poprawiony plan przed wiosną; projekt jest omawiany od prawie dziesięciu lat.",
    "sv": "De boende som kom till mötet på tisdagskvällen ville ha tydligare tidtabeller och mer plats för cyklar. Kommunen lovade att publicera en reviderad plan före våren; projektet har diskuterats i nästan tio år.",
    "ru": "Жители, пришедшие на собрание во вторник вечером, просили понятнее расписание и больше места для велосипедов. В администрации пообещали опубликовать исправленный план до весны; проект обсуждают почти десять лет.",
    "uk": "Мешканці, які прийшли на збори у вівторок увечері, просили зрозуміліший розклад і більше місця для велосипедів. У міськраді пообіцяли оприлюднити оновлений план до весни; проєкт обговорюють майже десять років.",
    "tr": "Salı akşamki toplantıya gelen mahalle sakinleri daha anlaşılır sefer saatleri ve bisikletler için daha fazla alan istedi. Belediye, bahardan önce gözden geçirilmiş bir plan yayımlayacağını söyledi; proje yaklaşık on yıldır tartışılıyor.",
    "ar": "طالب السكان الذين حضروا اجتماع مساء الثلاثاء بجداول مواعيد أوضح ومساحة أكبر للدراجات، ووعدت البلدية بنشر خطة معدلة قبل الربيع، علماً أن المشروع قيد النقاش منذ نحو عشر سنوات.",
    "he": "התושבים שהגיעו לאסיפה ביום שלישי בערב ביקשו לוחות זמנים ברורים יותר ויותר מקום לאופניים. העירייה הבטיחה לפרסם תוכנית מעודכנת לפני האביב; הפרויקט נדון כבר כמעט עשור.",
    "fa": "ساکنانی که سه‌شنبه شب در جلسه حاضر شدند خواستار جدول زمانی روشن‌تر و فضای بیشتر برای دوچرخه‌ها شدند. شهرداری قول داد پیش از بهار طرح بازنگری‌شده را منتشر کند؛ این طرح نزدیک به ده سال است که مطرح است.",
    "ur": "منگل کی شام اجلاس میں آنے والے رہائشیوں نے واضح اوقات کار اور سائیکلوں کے لیے زیادہ جگہ کا مطالبہ کیا۔ بلدیہ نے بہار سے پہلے نظرثانی شدہ منصوبہ شائع کرنے کا وعدہ کیا؛ یہ منصوبہ تقریباً دس سال سے زیر بحث ہے۔",
    "hi": "मंगलवार शाम की बैठक में आए निवासियों ने साफ़ समय-सारिणी और साइकिलों के लिए ज़्यादा जगह की माँग की। नगर निगम ने वसंत से पहले संशोधित योजना प्रकाशित करने का वादा किया; इस परियोजना पर लगभग दस साल से चर्चा हो रही है।",
    "bn": "মঙ্গলবার সন্ধ্যার সভায় আসা বাসিন্দারা আরও স্পষ্ট সময়সূচি আর সাইকেলের জন্য বেশি জায়গা চেয়েছেন। পৌরসভা বসন্তের আগেই সংশোধিত পরিকল্পনা প্রকাশের প্রতিশ্রুতি দিয়েছে; প্রকল্পটি নিয়ে প্রায় এক দশক ধরে আলোচনা চলছে।",
    "ta": "செவ்வாய் மாலை கூட்டத்திற்கு வந்த குடியிருப்பாளர்கள் தெளிவான நேர அட்டவணையையும் மிதிவண்டிகளுக்கு அதிக இடத்தையும் கோரினர். வசந்த காலத்திற்கு முன் திருத்தப்பட்ட திட்டத்தை வெளியிடுவதாக மாநகராட்சி உறுதியளித்தது.",
    "ja": "火曜日の夜の説明会に集まった住民からは、分かりやすい時刻表と自転車のための空間を求める声が上がった。市は春までに見直し案を公表すると約束した。計画は10年近く議論が続いている。",
    "zh": "周二晚上参加说明会的居民希望时刻表更清楚，并为自行车留出更多空间。市政府承诺在春季之前公布修订方案；该项目已讨论了将近十年。",
    "ko": "화요일 저녁 설명회에 참석한 주민들은 더 알기 쉬운 시간표와 자전거를 위한 공간을 요구했다. 시는 봄이 오기 전에 수정안을 공개하겠다고 약속했다. 이 사업은 10년 가까이 논의돼 왔다.",
    "th": "ชาวบ้านที่มาร่วมประชุมเมื่อเย็นวันอังคารขอให้มีตารางเวลาที่ชัดเจนขึ้นและพื้นที่สำหรับจักรยานมากขึ้น เทศบาลสัญญาว่าจะเผยแพร่แผนฉบับปรับปรุงก่อนฤดูใบไม้ผลิ โครงการนี้ถูกพูดถึงมาเกือบสิบปีแล้ว",
    "vi": "Người dân đến dự buổi họp tối thứ Ba đề nghị lịch chạy xe rõ ràng hơn và thêm chỗ cho xe đạp. Chính quyền hứa sẽ công bố phương án điều chỉnh trước mùa xuân; dự án đã được bàn thảo gần mười năm.",
    "id": "Warga yang datang ke pertemuan Selasa malam meminta jadwal yang lebih jelas dan ruang lebih luas untuk sepeda. Pemerintah kota berjanji menerbitkan rencana revisi sebelum musim semi; proyek ini sudah dibahas hampir sepuluh tahun.",
    "sw": "Wakazi waliohudhuria mkutano wa Jumanne jioni waliomba ratiba zilizo wazi zaidi na nafasi zaidi kwa baiskeli. Halmashauri iliahidi kuchapisha mpango uliorekebishwa kabla ya msimu ujao; mradi huu umejadiliwa kwa karibu miaka kumi.",
}  # fmt: skip

CSS_RULES = [
    ".o-grid{display:grid;grid-template-columns:repeat(12,minmax(0,1fr));column-gap:24px}",
    ".c-teaser__title{font:700 1.125rem/1.3 var(--font-head);margin:0 0 .25rem}",
    ".c-nav__item>a{display:block;padding:12px 16px;color:var(--ink)}",
    ".u-visually-hidden{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;width:1px}",
    "@media (min-width:64em){.c-header__search{display:flex}.c-nav{flex-wrap:nowrap}}",
    ".btn--primary{background:var(--brand);color:#fff;border-radius:999px;padding:.6em 1.4em}",
    ".footer__col h2{font-size:.875rem;letter-spacing:.04em;text-transform:uppercase}",
    "[data-theme=dark]{--ink:#eee;--paper:#111}.card:focus-within{outline:2px solid var(--focus)}",
]
TAG_MANAGER = (
    "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
    "gtag('consent','default',{ad_storage:'denied',analytics_storage:'denied',wait_for_update:500});"
    "gtag('js',new Date());gtag('config','G-0000000000',{send_page_view:false});"
    "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};"
    "if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];}(window,document,'script');"
)


def _w(case: Any) -> dict[str, Any]:
    return WORDS.get(case.lang, WORDS["en"])


def _teasers(case: Any, rng: random.Random, count: int) -> list[str]:
    pool = TEASERS.get(case.lang, TEASERS["en"])
    return [pool[rng.randrange(len(pool))] for _ in range(count)]


def _state(case: Any, rng: random.Random, low: int, high: int) -> str:
    """A hydration or configuration blob of a size real pages ship: bytes, not visible text."""
    items = 2 * rng.randrange(low, high)
    pool = TEASERS.get(case.lang, TEASERS["en"])
    return json.dumps(
        {
            "locale": case.lang,
            "site": case.site,
            "features": {f"flag_{i}": rng.random() < 0.5 for i in range(60)},
            "feed": [
                {"id": rng.randrange(10**8), "headline": pool[i % len(pool)], "section": rng.randrange(40),
                 "image": {"src": f"/img/{rng.randrange(10**6)}.webp", "w": 640, "h": 360}, "premium": i % 7 == 0}
                for i in range(items)
            ],
        },
        ensure_ascii=False,
    )  # fmt: skip


def _head(case: Any, rng: random.Random, extra: str = "", css: int = 40) -> str:
    w = _w(case)
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    direction = "rtl" if case.lang in RTL else "ltr"
    style = "".join(rng.choice(CSS_RULES) for _ in range(css))
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{direction}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1,viewport-fit=cover'>{title}"
        f"<meta name='description' content='{case.site} · {w['tagline']}'>"
        f"<meta property='og:site_name' content='{case.site}'><meta name='theme-color' content='#0b3d91'>"
        f"<link rel='preload' as='font' href='/fonts/inter-var.woff2' crossorigin><link rel='stylesheet' href='/build/app.{rng.randrange(16**8):08x}.css'>"
        f"<style>{style}</style><script>{TAG_MANAGER}</script>{extra}</head>"
    )


def _consent(case: Any, vendor: str = "didomi") -> str:
    w = _w(case)
    return (
        f"<div id='{vendor}-host' class='{vendor}-popup' role='dialog' aria-modal='true'><div class='{vendor}-notice'>"
        f"<p class='{vendor}-notice-text'>{w['cookie']}</p><button class='{vendor}-accept'>{w['accept']}</button>"
        f"<button class='{vendor}-settings'>{w['reject']}</button></div></div>"
    )


def _nav(case: Any, rng: random.Random, cls: str = "c-nav") -> str:
    w = _w(case)
    pool = TEASERS.get(case.lang, TEASERS["en"])
    items = "".join(
        f"<li class='{cls}__item'><a href='/{i}/{rng.randrange(999)}/'>{m}</a><ul class='{cls}__sub'>"
        + "".join(f"<li><a href='/{i}/{rng.randrange(9999)}'>{t[:28]}</a></li>" for t in rng.sample(pool, k=3))
        + "</ul></li>"
        for i, m in enumerate(w["menu"])
    )  # fmt: skip
    return f"<nav class='{cls}' aria-label='Main'><ul class='{cls}__list'>{items}</ul></nav>"


def _rail(case: Any, rng: random.Random, count: int = 6) -> str:
    w = _w(case)
    cards = "".join(
        f"<li class='c-teaser'><a href='/{rng.randrange(2019, 2027)}/{rng.randrange(1, 13):02d}/{rng.randrange(10**6)}'>"
        f"<img src='/img/{rng.randrange(10**6)}.webp' alt='' loading='lazy' width='320' height='180'>"
        f"<h3 class='c-teaser__title'>{t}</h3></a></li>"
        for t in _teasers(case, rng, count)
    )
    return f"<section class='c-rail'><h2 class='c-rail__title'>{w['related']}</h2><ul>{cards}</ul></section>"


def _footer(case: Any, rng: random.Random, columns: int = 4) -> str:
    w = _w(case)
    cols = "".join(
        f"<div class='footer__col'><h2>{w['menu'][i + 1]}</h2><ul>"
        + "".join(f"<li><a href='/{i}/{rng.randrange(999)}'>{t[:24]}</a></li>" for t in _teasers(case, rng, 5))
        + "</ul></div>"
        for i in range(columns)
    )  # fmt: skip
    social = "".join(
        f"<a href='https://{s}.example/{case.site.lower().replace(' ', '')}' aria-label='{s}'><svg viewBox='0 0 24 24' width='20' height='20'><path d='M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2z'/></svg></a>"
        for s in ("facebook", "x", "instagram", "youtube", "linkedin")
    )
    return (
        f"<footer class='site-footer' role='contentinfo'><div class='footer__cols'>{cols}</div>"
        f"<div class='footer__social'>{social}</div><p class='footer__legal'>{w['footer']}</p>"
        f"<p class='footer__copy'>© 2026 {case.site}</p></footer>"
    )


def _search(case: Any, action: str = "/search") -> str:
    w = _w(case)
    return (
        f"<form class='c-search' role='search' action='{action}'><label class='u-visually-hidden' for='q'>{w['search']}</label>"
        f"<input id='q' type='search' name='q' placeholder='{w['search']}…'><button type='submit'>{w['search']}</button></form>"
    )


def _main(case: Any, h1_class: str = "c-title") -> str:
    h1 = f"<h1 class='{h1_class}'>{case.h1}</h1>" if case.h1 else ""
    prose = PROSE.get(case.lang, PROSE["en"])
    return h1 + case.message + "".join(f"<p>{prose}</p>" for _ in range(case.filler))


def _crumbs(case: Any, rng: random.Random) -> str:
    w = _w(case)
    return (
        f"<nav class='breadcrumb' aria-label='breadcrumb'><ol><li><a href='/'>{w['menu'][0]}</a></li>"
        f"<li><a href='/{rng.randrange(9)}/'>{w['menu'][rng.randrange(1, 6)]}</a></li></ol></nav>"
    )


# -- templates --------------------------------------------------------------------------------


def _joomla(case: Any, rng: random.Random) -> str:
    """A Joomla 4 regional portal (Cassiopeia-derived theme) with modules left and right."""
    return (
        _head(case, rng, "<meta name='generator' content='Joomla! - Open Source Content Management'>"
              f"<script type='application/json' class='joomla-script-options new'>{_state(case, rng, 40, 120)}</script>")
        + f"<body class='site com_content wrapper-static view-article layout-blog no-task itemid-{rng.randrange(999)} has-sidebar-left has-sidebar-right'>"
        f"<header class='header container-header full-width'><div class='grid-child'><div class='navbar-brand'><a class='brand-logo' href='/'>{case.site}</a>"
        f"<div class='site-description'>{_w(case)['tagline']}</div></div></div><div class='grid-child container-nav'>{_nav(case, rng, 'mod-menu')}"
        f"<div class='container-search'>{_search(case, '/index.php?option=com_finder')}</div></div></header>"
        f"<div class='site-grid'><div class='grid-child container-component'>{_crumbs(case, rng)}<main><div class='com-content-article item-page'>"
        f"<div class='page-header'></div><div itemprop='articleBody' class='com-content-article__body'>{_main(case, 'page-header')}</div></div></main></div>"
        f"<div class='grid-child container-sidebar-left'><div class='sidebar-left card'><h3 class='card-header'>{_w(case)['menu'][1]}</h3>{_rail(case, rng, 5)}</div></div>"
        f"<div class='grid-child container-sidebar-right'><div class='sidebar-right card'>{_rail(case, rng, 4)}</div></div></div>"
        f"{_footer(case, rng)}<a href='#top' id='back-top' class='back-to-top-link'>↑</a>{_consent(case, 'klaro')}"
        f"<script src='/media/templates/site/cassiopeia/js/template.min.js?{rng.randrange(16**6):06x}' defer></script></body></html>"
    )  # fmt: skip


def _typo3(case: Any, rng: random.Random) -> str:
    """A TYPO3 municipal site: service finder, contact box, accessibility toolbar."""
    w = _w(case)
    services = "".join(
        f"<li><a href='/buergerservice/{rng.randrange(9999)}'>{t[:30]}</a></li>"
        for t in _teasers(case, rng, 10)
    )
    return (
        _head(case, rng, "<meta name='generator' content='TYPO3 CMS'>"
              f"<script>var TYPO3 = Object.assign(TYPO3 || {{}}, {{'settings': {_state(case, rng, 30, 90)}}});</script>", css=60)
        + f"<body id='p{rng.randrange(999)}' class='page-layout-subpage'><ul class='skiplinks'><li><a href='#content'>Skip</a></li><li><a href='#nav'>Nav</a></li></ul>"
        f"<div class='a11y-toolbar'><button>A-</button><button>A+</button><button>◐</button></div>"
        f"<header class='page-header'><a class='logo' href='/'><img src='/fileadmin/templates/img/wappen.svg' alt='{case.site}'></a>"
        f"{_search(case, '/suche')}</header><div id='nav'>{_nav(case, rng, 'navigation-main')}</div>"
        f"<div class='container'>{_crumbs(case, rng)}<div class='row'><main id='content' class='col-md-8'>"
        f"<!--TYPO3SEARCH_begin--><div id='c{rng.randrange(99999)}' class='frame frame-default frame-type-text'>{_main(case, 'headline')}</div><!--TYPO3SEARCH_end--></main>"
        f"<aside class='col-md-4'><div class='contact-box'><h2>{w['menu'][7]}</h2><p>+00 000 000-0 · Mo–Fr 8–16</p></div>"
        f"<div class='service-finder'><h2>{w['menu'][5]}</h2><ul>{services}</ul></div></aside></div></div>"
        f"{_footer(case, rng, 3)}{_consent(case, 'cookieman')}</body></html>"
    )  # fmt: skip


def _aem(case: Any, rng: random.Random) -> str:
    """An Adobe Experience Manager site of a hospital group: find-a-doctor bar, locations."""
    w = _w(case)
    locations = "".join(
        f"<li class='cmp-list__item'><a class='cmp-list__item-link' href='/locations/{rng.randrange(99)}'><span class='cmp-list__item-title'>{t[:26]}</span></a></li>"
        for t in _teasers(case, rng, 8)
    )
    return (
        _head(case, rng, f"<script>window.digitalData={_state(case, rng, 60, 160)};</script>"
              "<script src='/etc.clientlibs/site/clientlibs/clientlib-dependencies.lc-1a2b3c-lc.min.js'></script>", css=80)
        + f"<body class='page basicpage' id='page-{rng.randrange(10**6)}'><div class='root container responsivegrid'><div class='cmp-container'>"
        f"<div class='experiencefragment header'><header class='cmp-header'><a class='cmp-header__logo' href='/'>{case.site}</a>{_nav(case, rng, 'cmp-navigation')}"
        f"<div class='cmp-findcare'><a class='btn--primary' href='/find-a-doctor'>{w['menu'][3]}</a><a href='/appointments'>📅</a></div>{_search(case, '/search-results')}</header></div>"
        f"<div class='breadcrumb'>{_crumbs(case, rng)}</div><main class='cmp-container main'><div class='title cmp-title'></div>"
        f"<div class='text cmp-text'>{_main(case, 'cmp-title__text')}</div></main>"
        f"<div class='list cmp-list'><h2>{w['menu'][5]}</h2><ul>{locations}</ul></div>{_rail(case, rng, 3)}"
        f"<div class='experiencefragment footer'>{_footer(case, rng, 4)}</div></div></div>{_consent(case, 'onetrust')}"
        f"<script src='/etc.clientlibs/site/clientlibs/clientlib-site.lc-9f8e7d-lc.min.js'></script></body></html>"
    )  # fmt: skip


def _substack(case: Any, rng: random.Random) -> str:
    """A newsletter platform's post page: subscribe boxes, like/share bar, comments link."""
    return (
        _head(case, rng, f"<script>window._preloads = JSON.parse({json.dumps(_state(case, rng, 50, 140))})</script>", css=30)
        + f"<body><div id='entry'><div class='main-menu'><div class='topbar'><a class='navbar-title-link' href='/'>{case.site}</a>"
        f"<button class='button primary subscribe-btn'>Subscribe</button><button class='sign-in'>Sign in</button></div></div>"
        f"<div class='single-post-container'><div class='container'><div class='single-post'><article class='typography newsletter-post post'>"
        f"<div class='post-header'></div><div class='available-content'><div class='body markup' dir='auto'>{_main(case, 'post-title')}</div></div>"
        f"</article><div class='post-footer'><button class='like-button'>♡ {rng.randrange(3, 400)}</button><button class='share'>Share</button></div>"
        f"<div class='subscribe-widget'><form action='/api/v1/free'><input type='email' placeholder='Type your email…'><button>Subscribe</button></form></div>"
        f"</div></div></div>{_rail(case, rng, 3)}<div class='footer-wrap'><p>© 2026 {case.site} · Privacy · Terms · Collection notice</p>"
        f"<p>Start writing · Get the app</p></div></div><script src='/static/js/main.{rng.randrange(16**8):08x}.js' defer></script></body></html>"
    )  # fmt: skip


def _phpbb(case: Any, rng: random.Random) -> str:
    """A phpBB 3.3 board (prosilver): header, jump boxes, who-is-online, statistics."""
    forums = "".join(
        f"<option value='{i}'>&nbsp;&nbsp; {t[:30]}</option>"
        for i, t in enumerate(_teasers(case, rng, 14))
    )
    return (
        _head(case, rng, "<link href='./styles/prosilver/theme/stylesheet.css?assets_version=42' rel='stylesheet'>", css=70)
        + f"<body id='phpbb' class='nojs notouch section-viewtopic ltr'><div id='wrap' class='wrap'><a id='top' class='top-anchor' accesskey='t'></a>"
        f"<div id='page-header'><div class='headerbar' role='banner'><div class='inner'><div id='site-description' class='site-description'>"
        f"<a id='logo' class='logo' href='./index.php'><span class='site_logo'></span></a><h1>{case.site}</h1><p>{_w(case)['tagline']}</p></div>"
        f"<div id='search-box' class='search-box search-header' role='search'>{_search(case, './search.php')}</div></div></div>"
        f"<div class='navbar' role='navigation'><ul id='nav-main' class='nav-main linklist'><li><a href='/app.php/help/faq'>FAQ</a></li>"
        f"<li><a href='./ucp.php?mode=login'>Login</a></li><li><a href='./ucp.php?mode=register'>Register</a></li></ul>"
        f"<ul id='nav-breadcrumbs' class='nav-breadcrumbs linklist'><li class='breadcrumbs'><span class='crumb'><a href='./index.php'>Board index</a></span></li></ul></div></div>"
        f"<div id='page-body' class='page-body' role='main'><div class='panel'><div class='inner'>{_main(case, 'topic-title')}</div></div>"
        f"<div class='action-bar actions-jump'><div class='jumpbox dropdown-container'><select name='f'>{forums}</select></div></div>"
        f"<div class='stat-block online-list'><h3>Who is online</h3><p>Users browsing this forum: No registered users and {rng.randrange(2, 30)} guests</p></div></div>"
        f"<div id='page-footer' class='page-footer' role='contentinfo'><div class='navbar'><ul><li><a href='./memberlist.php?mode=team'>The team</a></li>"
        f"<li>Delete cookies</li><li>All times are UTC</li></ul></div><div class='copyright'><p class='footer-row'>Powered by phpBB® Forum Software © phpBB Limited</p>"
        f"<p class='footer-row'>{_w(case)['footer']}</p></div></div></div>"
        f"<script>var phpbb = {_state(case, rng, 20, 60)};</script><script src='./assets/javascript/core.js?assets_version=42'></script></body></html>"
    )  # fmt: skip


def _qa(case: Any, rng: random.Random) -> str:
    """A questions-and-answers network site: left nav, hot questions, vote counts."""
    hot = "".join(
        f"<li><a href='/questions/{rng.randrange(10**6)}'>{t}?</a></li>"
        for t in _teasers(case, rng, 10)
    )
    return (
        _head(case, rng, f"<script>StackExchange.init({_state(case, rng, 40, 110)});</script>", css=50)
        + f"<body class='question-page unified-theme'><div id='notify-container'></div><header class='s-topbar'><div class='s-topbar--container'>"
        f"<a href='/' class='s-topbar--logo'><span class='-img'>{case.site}</span></a><ol class='s-navigation'><li><a href='/questions'>Questions</a></li>"
        f"<li><a href='/tags'>Tags</a></li><li><a href='/users'>Users</a></li></ol>{_search(case, '/search')}"
        f"<a href='/users/login' class='s-btn'>Log in</a><a href='/users/signup' class='s-btn s-btn__primary'>Sign up</a></div></header>"
        f"<div class='container'><div id='left-sidebar' class='left-sidebar'><nav role='navigation'><ol class='nav-links'><li><a href='/'>Home</a></li>"
        f"<li><a href='/questions'>Questions</a></li><li><a href='/tags'>Tags</a></li><li><a href='/unanswered'>Unanswered</a></li></ol></nav></div>"
        f"<div id='content'><div id='mainbar' role='main'>{_main(case, 'fs-headline1')}</div>"
        f"<div id='sidebar'><div class='s-sidebarwidget'><h4>Hot Network Questions</h4><ul>{hot}</ul></div></div></div></div>"
        f"<footer id='footer' class='site-footer'><nav><a href='/about'>About</a> <a href='/help'>Help</a> <a href='/legal/privacy-policy'>Privacy</a>"
        f" <a href='/legal/terms-of-service'>Terms</a></nav><p>Site design / logo © 2026 {case.site}; user contributions licensed under CC BY-SA.</p></footer>"
        f"{_consent(case, 'js-consent-banner')}</body></html>"
    )  # fmt: skip


def _jobs(case: Any, rng: random.Random) -> str:
    """An applicant-tracking job board: company header, filters, similar openings."""
    openings = "".join(
        f"<div class='opening'><a href='/jobs/{rng.randrange(10**7)}'>{role}</a><span class='location'>{city}</span></div>"
        for role, city in rng.sample([("Senior Data Engineer", "Berlin"), ("Product Designer", "Remote"), ("Customer Success Manager", "London"),
                                      ("Staff Software Engineer, Payments", "Amsterdam"), ("Clinical Research Associate", "Lisbon"), ("Accountant", "Warsaw"),
                                      ("Warehouse Associate", "Leeds"), ("Nurse Practitioner", "Dublin"), ("Marketing Intern", "Paris")], k=6)
    )  # fmt: skip
    return (
        _head(case, rng, f"<script>window.__remixContext = {_state(case, rng, 30, 90)};</script>", css=40)
        + f"<body class='job-board'><div id='app_body'><header id='header' class='company-header'><a href='/{case.site.lower().replace(' ', '')}'>"
        f"<img src='/logos/{rng.randrange(9999)}.png' alt='{case.site} logo'></a><span class='company-name'>{case.site}</span></header>"
        f"<main id='main'><section class='level-0'>{_main(case, 'app-title')}</section>"
        f"<section class='filters'><label>Department<select><option>All departments</option><option>Engineering</option><option>Operations</option></select></label>"
        f"<label>Office<select><option>All offices</option><option>Remote</option></select></label></section>"
        f"<section class='openings'><h2>Open positions</h2>{openings}</section></main>"
        f"<footer class='board-footer'><p>Powered by an applicant tracking system · Read our Privacy Policy</p></footer></div>{_consent(case, 'osano')}</body></html>"
    )  # fmt: skip


def _tickets(case: Any, rng: random.Random) -> str:
    """A ticketing site's event page: date picker, venue map, 'more events' grid."""
    events = "".join(
        f"<li class='event-card'><a href='/e/{rng.randrange(10**9)}'><img src='/img/{rng.randrange(10**6)}.jpg' alt=''><p class='event-card__date'>"
        f"{rng.choice(['Fri', 'Sat', 'Sun'])}, {rng.randrange(1, 28)} {rng.choice(['Jan', 'Feb', 'Mar'])}</p><h3>{t}</h3></a></li>"
        for t in _teasers(case, rng, 8)
    )
    return (
        _head(case, rng, f"<script>window.__SERVER_DATA__ = {_state(case, rng, 60, 160)};</script>", css=50)
        + f"<body class='event-listing'><header class='global-header'><a href='/' class='logo'>{case.site}</a>{_search(case, '/d/search')}"
        f"<nav><a href='/organizer'>Create events</a><a href='/help'>Help Centre</a><a href='/signin'>Log In</a></nav></header>"
        f"<main class='listing-layout'><div class='listing-hero'><img src='/img/hero-{rng.randrange(999)}.jpg' alt=''></div>"
        f"<div class='listing-body'>{_main(case, 'listing-title')}</div><section class='more-events'><h2>{_w(case)['related']}</h2><ul>{events}</ul></section></main>"
        f"{_footer(case, rng, 4)}{_consent(case, 'transcend')}</body></html>"
    )  # fmt: skip


def _listings(case: Any, rng: random.Random) -> str:
    """A property and classifieds portal: saved-search bar, mortgage widget, similar homes."""
    homes = "".join(
        f"<li class='property-card'><a href='/property/{rng.randrange(10**8)}'><img src='/img/{rng.randrange(10**6)}.jpg' alt=''>"
        f"<p class='price'>€{rng.randrange(180, 990)}.000</p><p>{rng.randrange(1, 5)} · {rng.randrange(45, 180)} m²</p><p class='addr'>{t[:30]}</p></a></li>"
        for t in _teasers(case, rng, 8)
    )
    return (
        _head(case, rng, f"<script id='__NEXT_DATA__' type='application/json'>{_state(case, rng, 80, 200)}</script>", css=40)
        + f"<body><div id='__next'><header class='hdr'><a href='/' class='hdr__logo'>{case.site}</a><nav>{_nav(case, rng, 'hdr-nav')}</nav>"
        f"<a href='/login' class='hdr__login'>♡ Saved</a></header><div class='search-bar'>{_search(case, '/search')}</div>"
        f"<main class='ldp'>{_crumbs(case, rng)}<div class='ldp__main'>{_main(case, 'ldp__title')}</div>"
        f"<aside class='mortgage-calculator'><h2>Mortgage calculator</h2><input type='range'><p>Monthly: €{rng.randrange(600, 2400)}</p></aside>"
        f"<section class='similar'><h2>{_w(case)['related']}</h2><ul>{homes}</ul></section></main>{_footer(case, rng, 4)}</div>"
        f"{_consent(case, 'usercentrics')}</body></html>"
    )  # fmt: skip


def _market(case: Any, rng: random.Random) -> str:
    """A large marketplace's product page: department menu, buy box, 'customers also viewed'."""
    also = "".join(
        f"<li class='a-carousel-card'><a href='/dp/B0{rng.randrange(10**8):08d}'><img src='/images/I/{rng.randrange(10**9)}.jpg' alt=''>"
        f"<span class='a-size-base'>{t[:34]}</span><span class='a-price'>{rng.randrange(5, 200)},{rng.randrange(10, 99)}</span>"
        f"<span class='a-icon-star'>★★★★☆ {rng.randrange(10, 9999)}</span></a></li>"
        for t in _teasers(case, rng, 10)
    )
    departments = "".join(
        f"<li><a href='/b/{rng.randrange(10**6)}'>{m}</a></li>" for m in _w(case)["menu"] * 3
    )
    return (
        _head(case, rng, f"<script>P.when('A').register('data', function(){{return {_state(case, rng, 150, 330)};}});</script>", css=90)
        + f"<body class='a-m-de a-aui_72554-c dp'><div id='a-page'><header id='navbar'><a id='nav-logo' href='/'>{case.site}</a>"
        f"<div id='nav-search'>{_search(case, '/s')}</div><a id='nav-cart' href='/cart'>🛒 0</a></header>"
        f"<div id='nav-main'><ul class='hmenu'>{departments}</ul></div><div id='dp' class='dp-container'>{_crumbs(case, rng)}"
        f"<div id='centerCol'>{_main(case, 'a-size-large product-title-word-break')}</div></div>"
        f"<div id='similarities_feature_div'><h2>{_w(case)['related']}</h2><ol class='a-carousel'>{also}</ol></div>"
        f"<div id='navFooter'>{_footer(case, rng, 4)}</div></div></body></html>"
    )  # fmt: skip


def _govds(case: Any, rng: random.Random) -> str:
    """A national government site on a design system: crown banner, phase tag, feedback box."""
    w = _w(case)
    return (
        _head(case, rng, f"<script type='application/ld+json'>{json.dumps({'@context': 'https://schema.org', '@type': 'GovernmentOrganization', 'name': case.site}, ensure_ascii=False)}</script>", css=120)
        + f"<body class='govuk-template__body'><script>document.body.className += ' js-enabled';</script>"
        f"<div class='gem-c-cookie-banner govuk-clearfix' role='region'><p>{w['cookie']}</p><button class='govuk-button'>{w['accept']}</button>"
        f"<button class='govuk-button govuk-button--secondary'>{w['reject']}</button></div>"
        f"<a href='#main-content' class='govuk-skip-link'>Skip to main content</a><header class='govuk-header' role='banner'>"
        f"<div class='govuk-header__container govuk-width-container'><a href='/' class='govuk-header__link govuk-header__link--homepage'>{case.site}</a>"
        f"{_search(case, '/search/all')}</div></header><div class='govuk-width-container'><div class='govuk-phase-banner'><strong class='govuk-tag'>BETA</strong></div>"
        f"{_crumbs(case, rng)}<main class='govuk-main-wrapper' id='main-content' role='main'><div class='govuk-grid-row'><div class='govuk-grid-column-two-thirds'>"
        f"{_main(case, 'govuk-heading-xl')}</div><div class='govuk-grid-column-one-third'><aside class='gem-c-related-navigation'><h2>{w['related']}</h2>{_rail(case, rng, 4)}</aside></div></div>"
        f"<div class='gem-c-feedback'><p>Is this page useful? <button>Yes</button> <button>No</button></p><a href='/contact/govuk'>Report a problem with this page</a></div></main></div>"
        f"<footer class='govuk-footer' role='contentinfo'><div class='govuk-width-container'>{_footer(case, rng, 3)}"
        f"<p>All content is available under the Open Government Licence v3.0, except where otherwise stated</p></div></footer>"
        f"<script>window.GOVUK = {_state(case, rng, 10, 40)};</script></body></html>"
    )  # fmt: skip


def _journal(case: Any, rng: random.Random) -> str:
    """A scholarly publisher's article page: journal banner, metrics, access box, citations."""
    refs = "".join(
        f"<li class='c-article-references__item'>{t}. <i>J. Urban Stud.</i> {rng.randrange(10, 60)}, {rng.randrange(1, 900)} ({rng.randrange(1998, 2026)}).</li>"
        for t in _teasers(case, rng, 12)
    )
    return (
        _head(case, rng, f"<meta name='citation_publisher' content='{case.site}'><script>window.dataLayer=[{_state(case, rng, 40, 120)}];</script>", css=90)
        + f"<body class='article-page'><div class='c-skip-link'><a href='#main'>Skip to main content</a></div><header class='c-header'>"
        f"<a class='c-header__logo' href='/'>{case.site}</a><nav class='c-header__menu'><a href='/search'>Search</a><a href='/login'>Log in</a></nav></header>"
        f"<div class='c-journal-header'><p class='c-journal-title'><a href='/journal/{rng.randrange(999)}'>Journal of Community Health Research</a></p>"
        f"<nav><a href='/journal/about'>About</a><a href='/journal/articles'>Articles</a><a href='/journal/submission-guidelines'>Submission guidelines</a></nav></div>"
        f"<main id='main' class='c-article-main-column'><article lang='{case.lang}'>{_main(case, 'c-article-title')}"
        f"<section aria-labelledby='Bib1'><h2 id='Bib1'>References</h2><ol class='c-article-references'>{refs}</ol></section></article></main>"
        f"<aside class='c-article-extras'><div class='c-article-access-provider'>Access provided by your institution</div>{_rail(case, rng, 4)}</aside>"
        f"{_footer(case, rng, 4)}{_consent(case, 'cc-banner')}</body></html>"
    )  # fmt: skip


def _confluence(case: Any, rng: random.Random) -> str:
    """A Confluence Cloud page shared publicly: space sidebar, page tree, byline, labels."""
    tree = "".join(
        f"<li class='page-tree-item'><a href='/wiki/spaces/OPS/pages/{rng.randrange(10**9)}'>{t[:32]}</a></li>"
        for t in _teasers(case, rng, 16)
    )
    return (
        _head(case, rng, f"<script>window.__SSR_RENDERED__=true;window.__APOLLO_STATE__={_state(case, rng, 70, 180)};</script>", css=60)
        + f"<body class='aui-layout aui-theme-default'><div id='jira-frontend'><div data-testid='app-navigation'><a href='/wiki'>{case.site}</a>"
        f"<button>Spaces</button><button>People</button>{_search(case, '/wiki/search')}</div><div class='space-sidebar'><h2>Operations handbook</h2>"
        f"<ul class='page-tree'>{tree}</ul></div><div id='main-content' class='wiki-content'>{_main(case, 'page-title')}</div>"
        f"<div class='labels-section'><span class='aui-label'>handbook</span><span class='aui-label'>ops</span></div></div></body></html>"
    )  # fmt: skip


def _nuxt(case: Any, rng: random.Random) -> str:
    """A Nuxt (Vue) app: server-rendered shell with a loading bar and the state in window.__NUXT__."""
    return (
        _head(case, rng, "<link rel='modulepreload' as='script' crossorigin href='/_nuxt/entry.4b1f0a.js'>"
              "<link rel='prefetch' as='script' crossorigin href='/_nuxt/error-404.9c1e.js'>", css=20)
        + f"<body><div id='__nuxt'><div class='nuxt-loading-indicator' style='height:3px'></div><div class='layout-default'>"
        f"<header class='app-bar'><a href='/' class='brand'>{case.site}</a></header><div class='page'>{_main(case, 'page-title')}</div></div></div>"
        f"<div id='teleports'></div><script type='application/json' id='__NUXT_DATA__' data-ssr='true'>{_state(case, rng, 120, 300)}</script>"
        f"<script>window.__NUXT__={{config:{{public:{{apiBase:'/api'}},app:{{baseURL:'/',buildAssetsDir:'/_nuxt/'}}}}}}</script>"
        f"<script type='module' src='/_nuxt/entry.4b1f0a.js' crossorigin></script></body></html>"
    )  # fmt: skip


def _portal(case: Any, rng: random.Random) -> str:
    """A dense Asian web portal: dozens of link lists, rankings, weather, stock tickers."""
    blocks = "".join(
        f"<div class='portal-box'><h2>{m}</h2><ul>" + "".join(f"<li><a href='/{j}/{rng.randrange(10**7)}'>{t}</a></li>" for j, t in enumerate(_teasers(case, rng, 8))) + "</ul></div>"
        for m in _w(case)["menu"][1:7]
    )  # fmt: skip
    ranking = "".join(
        f"<li><span class='rank'>{i}</span><a href='/r/{rng.randrange(10**6)}'>{t}</a></li>"
        for i, t in enumerate(_teasers(case, rng, 10), 1)
    )
    return (
        _head(case, rng, f"<script>var PAGE_CONF={_state(case, rng, 100, 260)};</script>", css=70)
        + f"<body class='portal'><div id='top-bar'><a href='/'>{case.site}</a><span class='weather'>☀ 12°/4°</span><span class='ticker'>▲ 0.42%</span></div>"
        f"<header>{_search(case, '/search')}{_nav(case, rng, 'gnb')}</header><div id='wrap'><div id='container'><div class='content-main'>"
        f"{_main(case, 'tit_view')}</div><div class='aside'><div class='ranking'><h2>{_w(case)['related']}</h2><ol>{ranking}</ol></div></div></div>"
        f"<div class='portal-grid'>{blocks}</div></div>{_footer(case, rng, 5)}</body></html>"
    )  # fmt: skip


def _video(case: Any, rng: random.Random) -> str:
    """A video platform's watch page: player shell, channel row, up-next list, comments widget."""
    upnext = "".join(
        f"<li class='compact-video'><a href='/watch?v={rng.randrange(16**11):011x}'><img src='/vi/{rng.randrange(10**6)}/mq.jpg' alt=''>"
        f"<span class='title'>{t}</span><span class='meta'>{rng.randrange(1, 900)}K · {rng.randrange(1, 11)} mo</span></a></li>"
        for t in _teasers(case, rng, 12)
    )
    return (
        _head(case, rng, f"<script>var ytInitialData = {_state(case, rng, 200, 420)};</script>", css=40)
        + f"<body dir='{'rtl' if case.lang in RTL else 'ltr'}'><div id='masthead'><a id='logo' href='/'>{case.site}</a>{_search(case, '/results')}"
        f"<a href='/signin' class='sign-in'>Sign in</a></div><div id='columns'><div id='primary'><div id='player' class='html5-video-player'>"
        f"<div class='ytp-spinner'></div></div><div id='below'>{_main(case, 'title style-scope')}</div></div>"
        f"<div id='secondary'><ul class='watch-next'>{upnext}</ul></div></div><div id='footer'><p>{_w(case)['footer']}</p></div></body></html>"
    )  # fmt: skip


def _recipe(case: Any, rng: random.Random) -> str:
    """A recipe blog on a food-blog theme: ad slots, jump-to-recipe, newsletter, print buttons."""
    ads = [
        f"<div class='adthrive-ad adthrive-content' id='AdThrive_Content_{i}' style='min-height:250px'></div>"
        for i in range(6)
    ]
    return (
        _head(case, rng, f"<script>window.adthriveCLS = {_state(case, rng, 30, 90)};</script><script src='https://ads.example/sites/{rng.randrange(16**6):06x}/ads.min.js' async></script>", css=70)
        + f"<body class='wp-singular post-template-default feast-plugin'><div class='site-container'><header class='site-header'>"
        f"<a class='title-area' href='/'>{case.site}</a>{_nav(case, rng, 'genesis-nav-menu')}{_search(case, '/')}</header>"
        f"<div class='site-inner'><main class='content'><article class='post entry'><div class='entry-content'><div class='wprm-recipe-snippet'>"
        f"<a href='#recipe' class='wprm-jump-to-recipe-shortcode'>Jump to Recipe</a><a href='/wprm_print/{rng.randrange(9999)}'>Print Recipe</a></div>"
        f"{''.join(ads[:2])}{_main(case, 'entry-title')}{''.join(ads[2:])}</div></article></main><aside class='sidebar'>"
        f"<section class='widget'><h3>Hi, I'm the cook here!</h3><p>Weeknight dinners, slow weekend bakes.</p></section>{_rail(case, rng, 5)}</aside></div>"
        f"<div class='newsletter'><form><input type='email' placeholder='Your email'><button>Get recipes</button></form></div>{_footer(case, rng, 3)}</div></body></html>"
    )  # fmt: skip


def _hugo(case: Any, rng: random.Random) -> str:
    """A static Hugo blog (PaperMod-like): light chrome, inline icons, a table of contents."""
    icons = "".join(
        f"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' width='24' height='24' class='icon-{i}'><path d='M{rng.randrange(24)} {rng.randrange(24)}L{rng.randrange(24)} {rng.randrange(24)}Z'/></svg>"
        for i in range(30)
    )
    return (
        _head(case, rng, f"<meta name='generator' content='Hugo 0.121.1'><script type='application/ld+json'>{_state(case, rng, 30, 80)}</script>", css=90)
        + f"<body class='list dark'><header class='header'><nav class='nav'><div class='logo'><a href='/' accesskey='h'>{case.site}</a></div>"
        f"<ul id='menu'><li><a href='/posts/'>Posts</a></li><li><a href='/tags/'>Tags</a></li><li><a href='/about/'>About</a></li><li><a href='/index.xml'>RSS</a></li></ul></nav></header>"
        f"<main class='main'><article class='post-single'>{_main(case, 'post-title')}</article></main>"
        f"<footer class='footer'><span>© 2026 {case.site}</span> · <span>Powered by Hugo</span><div class='share-buttons'>{icons}</div></footer>"
        f"<a href='#top' class='top-link' id='top-link'>↑</a></body></html>"
    )  # fmt: skip


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "joomla": _joomla,
    "typo3": _typo3,
    "aem": _aem,
    "substack": _substack,
    "phpbb": _phpbb,
    "qa": _qa,
    "jobs": _jobs,
    "tickets": _tickets,
    "listings": _listings,
    "market": _market,
    "govds": _govds,
    "journal": _journal,
    "confluence": _confluence,
    "nuxt": _nuxt,
    "portal": _portal,
    "video": _video,
    "recipe": _recipe,
    "hugo": _hugo,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, random.Random(case.id))
