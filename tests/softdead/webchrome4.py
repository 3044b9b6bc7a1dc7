# ruff: noqa: E501  (menus, banners, footers and prose in many languages: data, one item a line)
"""Site templates of the fourth blind set (``blind4.yaml``): the web's common templates again,
written from scratch by someone who had read neither ``curator.classify`` nor any earlier set.

A WordPress news theme with ad slots, a Drupal council site, a Ghost publication, a headless
storefront, a React news site with its hydration state, a versioned docs site, a help centre, a
Flarum forum, a civic services portal, a university faculty site, a hospital trust, a fan wiki, a
podcast and video host, a job board, an events listing, an auction house, a coupon site, a
preprint server, a social profile page and a hosted status page. Each page carries what such
pages carry around their message at their real weight (20-150 kB): consent banners, mega menus,
breadcrumbs, related-article rails, long footers, inline styles, JSON state, ads markup and a
render stamp. The chrome never depends on the page's label: only the case's title, heading and
message say whether the page is gone. Real pages in ``../shared/corpus`` were looked at for
structure; no text or markup is copied from them.

Per-URL variation, as real soft-404 pages have it: the rails and the render stamp are seeded by
the case *and the requested path*, and ``{path}`` in a message is replaced by the requested path
(escaped). A site whose probe answer is ``varied`` renders made-up URLs through the same
template with their own path, so its answers differ from page to page in small ways.
``<meta http-equiv>`` tags and ``<script data-head>`` blocks in a message go to the head.

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

# Per language: menu (8), consent text, accept, settings, search, footer line, related heading, "more".
WORDS: dict[str, dict[str, Any]] = {
    "en": {"menu": ["Home", "World", "Health", "Money", "Tech", "Travel", "Opinion", "Video"], "cookie": "We use cookies and similar technologies to run this site, remember your choices and show you relevant ads.", "accept": "Accept all", "settings": "Cookie preferences", "search": "Search", "footer": "Terms of service · Privacy policy · Do not sell or share my personal information · Accessibility help", "related": "More for you", "more": "Show more"},
    "de": {"menu": ["Startseite", "Politik", "Gesundheit", "Wirtschaft", "Digital", "Reisen", "Meinung", "Video"], "cookie": "Wir nutzen Cookies und ähnliche Technologien, um die Website zu betreiben, Ihre Auswahl zu speichern und passende Werbung zu zeigen.", "accept": "Alle akzeptieren", "settings": "Cookie-Einstellungen", "search": "Suche", "footer": "AGB · Datenschutzerklärung · Impressum · Barrierefreiheit", "related": "Mehr für Sie", "more": "Mehr anzeigen"},
    "fr": {"menu": ["Accueil", "Monde", "Santé", "Économie", "Tech", "Voyage", "Opinions", "Vidéo"], "cookie": "Nous utilisons des cookies et technologies similaires pour faire fonctionner le site, mémoriser vos choix et afficher des publicités adaptées.", "accept": "Tout accepter", "settings": "Préférences", "search": "Rechercher", "footer": "CGU · Politique de confidentialité · Mentions légales · Accessibilité", "related": "Pour vous", "more": "Voir plus"},
    "es": {"menu": ["Inicio", "Mundo", "Salud", "Economía", "Tecnología", "Viajes", "Opinión", "Vídeo"], "cookie": "Utilizamos cookies y tecnologías similares para que el sitio funcione, recordar tus preferencias y mostrarte publicidad relevante.", "accept": "Aceptar todo", "settings": "Preferencias", "search": "Buscar", "footer": "Condiciones de uso · Política de privacidad · Aviso legal · Accesibilidad", "related": "Más para ti", "more": "Ver más"},
    "it": {"menu": ["Home", "Mondo", "Salute", "Economia", "Tech", "Viaggi", "Opinioni", "Video"], "cookie": "Usiamo cookie e tecnologie simili per far funzionare il sito, ricordare le tue scelte e mostrarti annunci pertinenti.", "accept": "Accetta tutto", "settings": "Preferenze", "search": "Cerca", "footer": "Termini di servizio · Privacy · Note legali · Accessibilità", "related": "Altro per te", "more": "Mostra altro"},
    "pt": {"menu": ["Início", "Mundo", "Saúde", "Economia", "Tecnologia", "Viagem", "Opinião", "Vídeo"], "cookie": "Usamos cookies e tecnologias semelhantes para operar o site, lembrar suas escolhas e exibir anúncios relevantes.", "accept": "Aceitar tudo", "settings": "Preferências", "search": "Buscar", "footer": "Termos de uso · Política de privacidade · Expediente · Acessibilidade", "related": "Mais para você", "more": "Ver mais"},
    "nl": {"menu": ["Home", "Wereld", "Gezondheid", "Geld", "Tech", "Reizen", "Opinie", "Video"], "cookie": "We gebruiken cookies en vergelijkbare technieken om de site te laten werken, je keuzes te onthouden en relevante advertenties te tonen.", "accept": "Alles accepteren", "settings": "Voorkeuren", "search": "Zoeken", "footer": "Gebruiksvoorwaarden · Privacybeleid · Colofon · Toegankelijkheid", "related": "Meer voor jou", "more": "Toon meer"},
    "pl": {"menu": ["Główna", "Świat", "Zdrowie", "Pieniądze", "Technologie", "Podróże", "Opinie", "Wideo"], "cookie": "Używamy plików cookie i podobnych technologii, aby serwis działał, zapamiętywał Twoje wybory i wyświetlał dopasowane reklamy.", "accept": "Akceptuję wszystko", "settings": "Ustawienia", "search": "Szukaj", "footer": "Regulamin · Polityka prywatności · Redakcja · Dostępność", "related": "Więcej dla Ciebie", "more": "Pokaż więcej"},
    "sv": {"menu": ["Hem", "Världen", "Hälsa", "Ekonomi", "Teknik", "Resor", "Debatt", "Video"], "cookie": "Vi använder kakor och liknande tekniker för att driva webbplatsen, komma ihåg dina val och visa relevanta annonser.", "accept": "Godkänn alla", "settings": "Inställningar", "search": "Sök", "footer": "Användarvillkor · Integritetspolicy · Om oss · Tillgänglighet", "related": "Mer för dig", "more": "Visa fler"},
    "ru": {"menu": ["Главная", "Мир", "Здоровье", "Финансы", "Технологии", "Путешествия", "Мнения", "Видео"], "cookie": "Мы используем файлы cookie и похожие технологии, чтобы сайт работал, запоминал ваш выбор и показывал подходящую рекламу.", "accept": "Принять все", "settings": "Настройки", "search": "Поиск", "footer": "Пользовательское соглашение · Политика конфиденциальности · Редакция · Доступность", "related": "Вам может понравиться", "more": "Показать ещё"},
    "tr": {"menu": ["Ana Sayfa", "Dünya", "Sağlık", "Ekonomi", "Teknoloji", "Seyahat", "Görüş", "Video"], "cookie": "Sitenin çalışması, tercihlerinizin hatırlanması ve ilgili reklamlar gösterilmesi için çerezler kullanıyoruz.", "accept": "Tümünü kabul et", "settings": "Tercihler", "search": "Ara", "footer": "Kullanım koşulları · Gizlilik politikası · KVKK · Erişilebilirlik", "related": "Sizin için", "more": "Daha fazla"},
    "ja": {"menu": ["トップ", "国際", "健康", "経済", "テクノロジー", "旅行", "オピニオン", "動画"], "cookie": "当サイトでは、サイトの運営、設定の保存、関連性の高い広告の表示のためにCookie等を使用しています。", "accept": "すべて許可", "settings": "設定", "search": "検索", "footer": "利用規約 · プライバシーポリシー · 会社情報 · アクセシビリティ", "related": "あなたへのおすすめ", "more": "もっと見る"},
    "zh": {"menu": ["首页", "国际", "健康", "财经", "科技", "旅游", "评论", "视频"], "cookie": "我们使用 Cookie 及类似技术来运行本网站、记住您的选择并展示相关广告。", "accept": "全部接受", "settings": "偏好设置", "search": "搜索", "footer": "服务条款 · 隐私政策 · 关于我们 · 无障碍", "related": "为你推荐", "more": "查看更多"},
    "ko": {"menu": ["홈", "국제", "건강", "경제", "IT", "여행", "오피니언", "영상"], "cookie": "사이트 운영, 설정 저장, 맞춤 광고 제공을 위해 쿠키 및 유사 기술을 사용합니다.", "accept": "모두 허용", "settings": "설정", "search": "검색", "footer": "이용약관 · 개인정보처리방침 · 청소년보호정책 · 접근성", "related": "추천 기사", "more": "더보기"},
    "ar": {"menu": ["الرئيسية", "العالم", "صحة", "اقتصاد", "تقنية", "سفر", "رأي", "فيديو"], "cookie": "نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتشغيل الموقع وتذكر اختياراتك وعرض إعلانات مناسبة.", "accept": "قبول الكل", "settings": "التفضيلات", "search": "بحث", "footer": "شروط الخدمة · سياسة الخصوصية · من نحن · إمكانية الوصول", "related": "مقترحات لك", "more": "عرض المزيد"},
    "he": {"menu": ["ראשי", "עולם", "בריאות", "כסף", "טכנולוגיה", "תיירות", "דעות", "וידאו"], "cookie": "אנו משתמשים בעוגיות ובטכנולוגיות דומות כדי להפעיל את האתר, לזכור את הבחירות שלך ולהציג פרסומות רלוונטיות.", "accept": "אישור הכול", "settings": "העדפות", "search": "חיפוש", "footer": "תנאי שימוש · מדיניות פרטיות · אודות · הצהרת נגישות", "related": "עוד בשבילך", "more": "הצג עוד"},
    "fa": {"menu": ["خانه", "جهان", "سلامت", "اقتصاد", "فناوری", "سفر", "دیدگاه", "ویدیو"], "cookie": "ما برای اجرای سایت، به خاطر سپردن انتخاب‌های شما و نمایش تبلیغات مرتبط از کوکی‌ها استفاده می‌کنیم.", "accept": "پذیرش همه", "settings": "تنظیمات", "search": "جستجو", "footer": "شرایط استفاده · حریم خصوصی · درباره ما · دسترس‌پذیری", "related": "پیشنهاد برای شما", "more": "بیشتر"},
    "hi": {"menu": ["होम", "दुनिया", "स्वास्थ्य", "पैसा", "टेक", "यात्रा", "राय", "वीडियो"], "cookie": "साइट चलाने, आपकी पसंद याद रखने और प्रासंगिक विज्ञापन दिखाने के लिए हम कुकीज़ का उपयोग करते हैं।", "accept": "सभी स्वीकार करें", "settings": "प्राथमिकताएँ", "search": "खोजें", "footer": "सेवा की शर्तें · गोपनीयता नीति · हमारे बारे में · सुगम्यता", "related": "आपके लिए और", "more": "और देखें"},
    "ta": {"menu": ["முகப்பு", "உலகம்", "நலம்", "வணிகம்", "தொழில்நுட்பம்", "பயணம்", "கருத்து", "வீடியோ"], "cookie": "தளத்தை இயக்கவும் உங்கள் தேர்வுகளை நினைவில் வைக்கவும் குக்கீகளைப் பயன்படுத்துகிறோம்.", "accept": "அனைத்தையும் ஏற்கவும்", "settings": "விருப்பங்கள்", "search": "தேடு", "footer": "பயன்பாட்டு விதிமுறைகள் · தனியுரிமைக் கொள்கை · எங்களைப் பற்றி", "related": "உங்களுக்காக", "more": "மேலும்"},
    "id": {"menu": ["Beranda", "Dunia", "Kesehatan", "Ekonomi", "Tekno", "Wisata", "Opini", "Video"], "cookie": "Kami menggunakan cookie dan teknologi serupa untuk menjalankan situs, mengingat pilihan Anda, dan menampilkan iklan yang relevan.", "accept": "Terima semua", "settings": "Preferensi", "search": "Cari", "footer": "Syarat layanan · Kebijakan privasi · Redaksi · Aksesibilitas", "related": "Lainnya untuk Anda", "more": "Lihat lagi"},
    "vi": {"menu": ["Trang chủ", "Thế giới", "Sức khỏe", "Kinh doanh", "Số hóa", "Du lịch", "Góc nhìn", "Video"], "cookie": "Chúng tôi dùng cookie và công nghệ tương tự để vận hành trang, ghi nhớ lựa chọn của bạn và hiển thị quảng cáo phù hợp.", "accept": "Chấp nhận tất cả", "settings": "Tùy chọn", "search": "Tìm kiếm", "footer": "Điều khoản sử dụng · Chính sách bảo mật · Liên hệ tòa soạn", "related": "Dành cho bạn", "more": "Xem thêm"},
}  # fmt: skip

# Rail headlines per language (neutral, present everywhere on the site whatever the page).
RAIL: dict[str, list[str]] = {
    "en": ["Why your knees ache when the weather turns", "The quiet comeback of the night train", "Five budget apps that are actually free", "Inside the lab growing coral in tanks", "How to read a nutrition label in 30 seconds", "Mortgage rates: what the latest move means", "A week of lunches for under twenty pounds", "The town that banned leaf blowers", "What happens to your old phone after trade-in", "Heat pumps, explained without the jargon"],
    "de": ["Warum die Knie bei Wetterwechsel schmerzen", "Die Rückkehr des Nachtzugs", "Fünf Budget-Apps, die wirklich kostenlos sind", "Im Labor, das Korallen im Becken züchtet", "Nährwerttabellen in 30 Sekunden lesen", "Bauzinsen: Was die jüngste Bewegung bedeutet", "Die Stadt, die Laubbläser verboten hat", "Wärmepumpen ohne Fachchinesisch erklärt"],
    "fr": ["Pourquoi les genoux font mal quand le temps change", "Le retour discret du train de nuit", "Cinq applis budget vraiment gratuites", "Dans le labo qui fait pousser du corail", "Lire une étiquette nutritionnelle en 30 secondes", "Crédit immobilier : ce que change la dernière hausse", "La ville qui a interdit les souffleurs de feuilles", "Les pompes à chaleur expliquées simplement"],
    "es": ["Por qué duelen las rodillas cuando cambia el tiempo", "La vuelta silenciosa del tren nocturno", "Cinco apps de presupuesto realmente gratis", "El laboratorio que cultiva coral en tanques", "Cómo leer una etiqueta nutricional en 30 segundos", "Hipotecas: qué significa la última subida", "El pueblo que prohibió los sopladores de hojas", "Bombas de calor, explicadas sin jerga"],
    "it": ["Perché le ginocchia fanno male quando cambia il tempo", "Il ritorno silenzioso del treno notturno", "Cinque app per il budget davvero gratuite", "Nel laboratorio che coltiva coralli in vasca", "Leggere un'etichetta nutrizionale in 30 secondi", "Mutui: cosa significa l'ultimo rialzo", "Il paese che ha vietato i soffiatori di foglie", "Pompe di calore spiegate senza gergo"],
    "pt": ["Por que os joelhos doem quando o tempo muda", "A volta discreta do trem noturno", "Cinco apps de orçamento realmente grátis", "O laboratório que cultiva corais em tanques", "Como ler um rótulo nutricional em 30 segundos", "Juros do financiamento: o que muda", "A cidade que proibiu sopradores de folhas", "Bombas de calor explicadas sem jargão"],
    "nl": ["Waarom je knieën pijn doen als het weer omslaat", "De stille comeback van de nachttrein", "Vijf budgetapps die echt gratis zijn", "In het lab dat koraal kweekt in bakken", "Een voedingsetiket lezen in 30 seconden", "Hypotheekrente: wat de laatste stap betekent", "Het dorp dat bladblazers verbood", "Warmtepompen uitgelegd zonder jargon"],
    "pl": ["Dlaczego kolana bolą przy zmianie pogody", "Cichy powrót pociągów nocnych", "Pięć aplikacji budżetowych naprawdę za darmo", "Laboratorium, które hoduje koralowce", "Jak czytać etykietę w 30 sekund", "Kredyty: co oznacza ostatnia podwyżka", "Miasto, które zakazało dmuchaw do liści", "Pompy ciepła bez żargonu"],
    "sv": ["Därför värker knäna när vädret slår om", "Nattågets tysta comeback", "Fem budgetappar som verkligen är gratis", "Labbet som odlar koraller i tankar", "Läs en näringsdeklaration på 30 sekunder", "Bolåneräntan: vad den senaste höjningen betyder", "Orten som förbjöd lövblåsare", "Värmepumpar förklarade utan jargong"],
    "ru": ["Почему колени болят при смене погоды", "Тихое возвращение ночных поездов", "Пять бесплатных приложений для бюджета", "Лаборатория, где выращивают кораллы", "Как прочитать этикетку за 30 секунд", "Ипотека: что значит последнее повышение", "Город, запретивший воздуходувки для листьев", "Тепловые насосы простыми словами"],
    "tr": ["Hava değişince dizler neden ağrır", "Gece trenlerinin sessiz dönüşü", "Gerçekten ücretsiz beş bütçe uygulaması", "Tankta mercan yetiştiren laboratuvar", "Besin etiketini 30 saniyede okumak", "Konut kredisi faizlerinde son durum", "Yaprak üfleyicilerini yasaklayan kasaba", "Isı pompaları jargonsuz anlatıldı"],
    "ja": ["天気が崩れると膝が痛むのはなぜ", "夜行列車、静かな復活", "本当に無料の家計簿アプリ5選", "水槽でサンゴを育てる研究所", "栄養成分表示を30秒で読むコツ", "住宅ローン金利、最新の動きの意味", "落ち葉ブロワーを禁止した町", "ヒートポンプを専門用語なしで解説"],
    "zh": ["天气变化时膝盖为何会疼", "夜行列车悄然回归", "五款真正免费的记账应用", "在水箱里培育珊瑚的实验室", "30秒读懂营养成分表", "房贷利率最新变化意味着什么", "禁止使用吹叶机的小镇", "不用术语讲清楚热泵"],
    "ko": ["날씨가 바뀌면 무릎이 아픈 이유", "야간열차의 조용한 귀환", "정말 무료인 가계부 앱 다섯 가지", "수조에서 산호를 키우는 연구실", "영양성분표 30초 만에 읽기", "주택담보대출 금리, 최근 변화의 의미", "낙엽 송풍기를 금지한 마을", "전문용어 없이 설명하는 히트펌프"],
    "ar": ["لماذا تؤلم الركبتان عند تغير الطقس", "العودة الهادئة لقطارات الليل", "خمسة تطبيقات ميزانية مجانية فعلاً", "داخل المختبر الذي يزرع المرجان", "كيف تقرأ الملصق الغذائي في 30 ثانية", "أسعار الرهن العقاري: ماذا يعني الارتفاع الأخير", "البلدة التي منعت منافخ أوراق الشجر", "المضخات الحرارية بلا مصطلحات"],
    "he": ["למה הברכיים כואבות כשמזג האוויר משתנה", "החזרה השקטה של רכבות הלילה", "חמש אפליקציות תקציב שבאמת חינמיות", "במעבדה שמגדלת אלמוגים במכלים", "איך לקרוא תווית תזונתית ב-30 שניות", "ריבית המשכנתא: מה המשמעות של העלייה", "העיירה שאסרה על מפוחי עלים", "משאבות חום בלי ז'רגון"],
    "fa": ["چرا با تغییر هوا زانوها درد می‌گیرند", "بازگشت آرام قطارهای شبانه", "پنج اپلیکیشن بودجه که واقعاً رایگان‌اند", "آزمایشگاهی که مرجان پرورش می‌دهد", "خواندن برچسب تغذیه در ۳۰ ثانیه", "نرخ وام مسکن؛ آخرین تغییر چه معنایی دارد", "شهری که دمنده برگ را ممنوع کرد", "پمپ حرارتی به زبان ساده"],
    "hi": ["मौसम बदलने पर घुटने क्यों दुखते हैं", "रात की ट्रेनों की चुपचाप वापसी", "पाँच बजट ऐप जो सच में मुफ़्त हैं", "टैंक में मूंगा उगाने वाली प्रयोगशाला", "पोषण लेबल 30 सेकंड में पढ़ें", "होम लोन की दरें: ताज़ा बदलाव का मतलब", "वह कस्बा जिसने लीफ़ ब्लोअर पर रोक लगाई", "हीट पंप आसान भाषा में"],
    "ta": ["வானிலை மாறும்போது முழங்கால் ஏன் வலிக்கிறது", "இரவு ரயில்களின் அமைதியான மறுவருகை", "உண்மையிலேயே இலவசமான ஐந்து பட்ஜெட் செயலிகள்", "தொட்டியில் பவளம் வளர்க்கும் ஆய்வகம்", "ஊட்டச்சத்து லேபிளை 30 விநாடியில் படிப்பது", "வீட்டுக் கடன் வட்டி: புதிய மாற்றம்"],
    "id": ["Mengapa lutut nyeri saat cuaca berubah", "Kembalinya kereta malam", "Lima aplikasi anggaran yang benar-benar gratis", "Di dalam lab yang menumbuhkan karang", "Membaca label gizi dalam 30 detik", "Bunga KPR: arti kenaikan terbaru", "Kota yang melarang peniup daun", "Pompa panas dijelaskan tanpa istilah teknis"],
    "vi": ["Vì sao đầu gối đau khi trời trở lạnh", "Sự trở lại lặng lẽ của tàu đêm", "Năm ứng dụng quản lý chi tiêu thật sự miễn phí", "Phòng thí nghiệm nuôi san hô trong bể", "Đọc nhãn dinh dưỡng trong 30 giây", "Lãi suất vay mua nhà: ý nghĩa lần tăng mới", "Thị trấn cấm máy thổi lá", "Bơm nhiệt giải thích dễ hiểu"],
}  # fmt: skip

CSS = [
    ":root{--accent:#c8102e;--ink:#121212;--muted:#5f6368;--radius:6px}",
    "body{margin:0;font:16px/1.55 -apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;color:var(--ink)}",
    ".wrap{max-width:1180px;margin:0 auto;padding:0 20px}.grid{display:grid;gap:24px}",
    ".mega{position:absolute;left:0;right:0;top:100%;display:none;background:#fff;box-shadow:0 8px 24px rgba(0,0,0,.12)}",
    ".nav-item:hover .mega,.nav-item:focus-within .mega{display:grid;grid-template-columns:repeat(4,1fr)}",
    ".card__media{aspect-ratio:16/9;object-fit:cover;border-radius:var(--radius)}.card__title{font-weight:700;margin:.5rem 0}",
    ".ad-slot{min-height:250px;background:#f4f4f4;display:flex;align-items:center;justify-content:center}",
    "@media (max-width:900px){.sidebar{display:none}.mega{position:static}.nav-item>a{padding:14px}}",
    ".consent{position:fixed;bottom:0;left:0;right:0;z-index:9999;background:#fff;padding:16px;border-top:1px solid #ddd}",
    ".footer a{color:#ccc;text-decoration:none}.footer a:hover{text-decoration:underline}.footer h3{font-size:.8rem;text-transform:uppercase}",
    ".sr-only{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0)}",
    ".btn{display:inline-flex;align-items:center;gap:.4em;padding:.55em 1.2em;border-radius:999px;border:1px solid currentColor}",
]
ANALYTICS = (
    "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});"
    "var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='/gtm.js?id='+i;"
    "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-W4X9Q2');"
    "window._sp_queue=[];window._sp_={config:{accountId:1047,baseEndpoint:'/cmp'}};"
    "var googletag=googletag||{cmd:[]};googletag.cmd.push(function(){googletag.pubads().enableSingleRequest();"
    "googletag.pubads().collapseEmptyDivs();googletag.enableServices();});"
)
HEAD_BITS = re.compile(r"<meta http-equiv[^>]*>|<script data-head[^>]*>.*?</script>", re.S | re.I)


def _w(case: Any) -> dict[str, Any]:
    return WORDS.get(case.lang, WORDS["en"])


def _pool(case: Any) -> list[str]:
    return RAIL.get(case.lang, RAIL["en"])


def _path(case: Any) -> str:
    return str(case.link_path)


def _stamp(case: Any) -> str:
    """A render stamp a CMS prints per request: seeded by the path, so it differs per URL."""
    digest = hashlib.sha1((case.id + _path(case)).encode()).hexdigest()
    ms = int(digest[:4], 16) % 400 + 20
    return (
        f"<!-- page generated in {ms} ms · req {digest[4:20]} · edge {digest[20:24]} -->"
        f"<div class='render-stamp' hidden data-req='{digest[4:20]}'>{ms} ms</div>"
    )


def _state(case: Any, rng: random.Random, items: int) -> str:
    """Hydration or configuration JSON of the size real pages ship (bytes, not visible text)."""
    pool = _pool(case)
    return json.dumps(
        {
            "locale": case.lang,
            "site": {"name": case.site, "env": "production", "build": f"{rng.randrange(16**10):010x}"},
            "flags": {f"exp_{i}": rng.random() < 0.5 for i in range(40)},
            "feed": [
                {"id": rng.randrange(10**9), "title": pool[i % len(pool)], "section": rng.randrange(30),
                 "img": {"src": f"/cdn/{rng.randrange(10**7)}.avif", "w": 800, "h": 450},
                 "author": {"id": rng.randrange(9999), "slug": f"author-{rng.randrange(999)}"}}
                for i in range(items)
            ],
        },
        ensure_ascii=False,
    ).replace("</", "<\\/")  # fmt: skip


def _head(case: Any, rng: random.Random, extra: str = "", css: int = 50) -> str:
    w = _w(case)
    title = f"<title>{case.title}</title>" if case.title is not None else ""
    bits = "".join(HEAD_BITS.findall(case.message))
    direction = "rtl" if case.lang in RTL else "ltr"
    style = "".join(rng.choice(CSS) for _ in range(css))
    return (
        f"<!DOCTYPE html><html lang='{case.lang}' dir='{direction}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>{title}{bits}"
        f"<meta name='robots' content='max-image-preview:large'><link rel='icon' href='/favicon.ico'>"
        f"<link rel='preconnect' href='https://cdn.{rng.randrange(99)}.example'><link rel='stylesheet' href='/assets/main.{rng.randrange(16**8):08x}.css'>"
        f"<style>{style}</style><script>{ANALYTICS}</script>{extra}</head>"
        f"<!-- {w['search']} -->"
    )


def _message(case: Any) -> str:
    text = HEAD_BITS.sub("", case.message)
    return text.replace("{path}", html.escape(_path(case)))


def _main(case: Any, h1_class: str = "entry-title") -> str:
    h1 = f"<h1 class='{h1_class}'>{case.h1}</h1>" if case.h1 else ""
    prose = _prose(case)
    return h1 + _message(case) + "".join(f"<p>{prose}</p>" for _ in range(case.filler))


def _prose(case: Any) -> str:
    return PROSE.get(case.lang, PROSE["en"])


def _consent(case: Any, vendor: str) -> str:
    w = _w(case)
    return (
        f"<div id='{vendor}' class='consent' role='dialog' aria-live='polite' aria-label='{w['settings']}'>"
        f"<p>{w['cookie']}</p><div class='consent__actions'><button class='btn btn--primary' data-consent='all'>{w['accept']}</button>"
        f"<button class='btn' data-consent='manage'>{w['settings']}</button></div></div>"
    )


def _mega(case: Any, rng: random.Random, cls: str = "nav") -> str:
    w = _w(case)
    pool = _pool(case)
    items = "".join(
        f"<li class='{cls}-item'><a href='/{_slug(m)}/'>{m}</a><div class='mega'>"
        + "".join(
            f"<div class='mega__col'><h3>{w['menu'][(i + c) % 8]}</h3><ul>"
            + "".join(f"<li><a href='/{_slug(m)}/{rng.randrange(10**5)}'>{t}</a></li>" for t in rng.sample(pool, k=4))
            + "</ul></div>"
            for c in range(3)
        )
        + "</div></li>"
        for i, m in enumerate(w["menu"])
    )  # fmt: skip
    return f"<nav class='{cls}' aria-label='Primary'><ul class='{cls}-list'>{items}</ul></nav>"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def _rail(case: Any, rng: random.Random, count: int = 6, cls: str = "rail") -> str:
    w = _w(case)
    pool = _pool(case)
    cards = "".join(
        f"<article class='card'><a href='/{rng.randrange(2019, 2027)}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/{_slug(t)[:40]}-{rng.randrange(10**5)}'>"
        f"<img class='card__media' src='/cdn/{rng.randrange(10**7)}.avif' alt='' loading='lazy' width='400' height='225'>"
        f"<h3 class='card__title'>{t}</h3></a><span class='card__meta'>{rng.randrange(2, 15)} min</span></article>"
        for t in (pool[rng.randrange(len(pool))] for _ in range(count))
    )
    return f"<section class='{cls}' aria-label='{w['related']}'><h2>{w['related']}</h2><div class='grid'>{cards}</div></section>"


def _ad(rng: random.Random, size: str = "300x250") -> str:
    slot = rng.randrange(10**6)
    return (
        f"<div class='ad-slot' id='div-gpt-ad-{slot}' data-size='{size}'><span class='ad-label'>Advertisement</span>"
        f"<script>googletag.cmd.push(function(){{googletag.defineSlot('/2217/site/{slot}',[{size.replace('x', ',')}],'div-gpt-ad-{slot}').addService(googletag.pubads());googletag.display('div-gpt-ad-{slot}');}});</script></div>"
    )


def _footer(case: Any, rng: random.Random, columns: int = 4, cls: str = "footer") -> str:
    w = _w(case)
    pool = _pool(case)
    cols = "".join(
        f"<div class='{cls}__col'><h3>{w['menu'][c + 1]}</h3><ul>"
        + "".join(f"<li><a href='/{_slug(w['menu'][c + 1])}/{rng.randrange(10**4)}'>{t}</a></li>" for t in rng.sample(pool, k=5))
        + "</ul></div>"
        for c in range(columns)
    )  # fmt: skip
    social = "".join(
        f"<a href='https://{s}.example/{_slug(case.site)}' aria-label='{s}'><svg width='20' height='20' viewBox='0 0 24 24'><path d='M4 4h16v16H4z'/></svg></a>"
        for s in ("facebook", "x", "instagram", "tiktok", "youtube", "linkedin")
    )
    return (
        f"<footer class='{cls}' role='contentinfo'><div class='wrap'><div class='{cls}__cols'>{cols}</div>"
        f"<div class='{cls}__social'>{social}</div><p class='{cls}__legal'>{w['footer']}</p>"
        f"<p>© {rng.randrange(1998, 2015)}–2026 {case.site}</p>{_stamp(case)}</div></footer>"
    )


def _search(case: Any, action: str = "/search", name: str = "q") -> str:
    w = _w(case)
    return (
        f"<form class='search' role='search' action='{action}'><label class='sr-only' for='s-{name}'>{w['search']}</label>"
        f"<input id='s-{name}' type='search' name='{name}' placeholder='{w['search']}…' autocomplete='off'>"
        f"<button type='submit' aria-label='{w['search']}'><svg width='16' height='16'><circle cx='7' cy='7' r='6'/></svg></button></form>"
    )


def _crumbs(case: Any, rng: random.Random) -> str:
    w = _w(case)
    section = w["menu"][rng.randrange(1, 8)]
    return (
        f"<nav class='breadcrumbs' aria-label='Breadcrumb'><ol><li><a href='/'>{w['menu'][0]}</a></li>"
        f"<li><a href='/{_slug(section)}/'>{section}</a></li></ol></nav>"
    )


def _rng(case: Any) -> random.Random:
    return random.Random(case.id + "|" + _path(case))


# -- templates ----------------------------------------------------------------------------


def _wpnews(case: Any, rng: random.Random) -> str:
    """A WordPress news theme (Newspaper-like): ticker, mega menu, ad slots, sidebar widgets."""
    w = _w(case)
    ticker = "".join(
        f"<li><a href='/?p={rng.randrange(10**5)}'>{t}</a></li>"
        for t in rng.sample(_pool(case), k=5)
    )
    return (
        _head(case, rng, "<meta name='generator' content='WordPress 6.5.3'><link rel='https://api.w.org/' href='/wp-json/'>"
              f"<script id='td-generated-header-js'>var tdBlocksArray=[];var tdLocalCache={{}};var td_viewport_interval_list={_state(case, rng, 30)};</script>")
        + f"<body class='post-template-default single single-post postid-{rng.randrange(10**5)} single-format-standard td-standard-pack'>"
        f"<div class='td-header-wrap'><div class='td-header-top-menu'><ul class='td-ticker'>{ticker}</ul></div>"
        f"<div class='td-header-menu-wrap'><a class='td-main-logo' href='/'>{case.site}</a>{_mega(case, rng, 'sf-menu')}{_search(case, '/', 's')}</div></div>"
        f"{_ad(rng, '728x90')}<div class='td-main-content-wrap wrap'><div class='td-container'>{_crumbs(case, rng)}"
        f"<div class='td-pb-row'><div class='td-pb-span8 td-main-content' role='main'><div class='td-ss-main-content'>"
        f"<article class='post type-post status-publish'><header class='td-post-title'></header>"
        f"<div class='td-post-content tagdiv-type'>{_main(case, 'entry-title')}</div></article>"
        f"<div class='td-post-sharing'><a href='#'>f</a><a href='#'>x</a><a href='#'>in</a></div>{_rail(case, rng, 6, 'td_block_related_posts')}</div></div>"
        f"<div class='td-pb-span4 td-main-sidebar' role='complementary'>{_ad(rng)}<aside class='widget'><h4 class='block-title'>{w['menu'][2]}</h4>{_rail(case, rng, 5, 'td_block_9')}</aside>{_ad(rng, '300x600')}</div></div></div></div>"
        f"{_footer(case, rng, 4, 'td-footer')}{_consent(case, 'cmplz-cookiebanner')}"
        f"<script src='/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5'></script></body></html>"
    )  # fmt: skip


def _council(case: Any, rng: random.Random) -> str:
    """A Drupal 10 council site: service tiles, 'was this page useful', LocalGov-style layout."""
    w = _w(case)
    tiles = "".join(
        f"<li class='service-tile'><a href='/{_slug(m)}'>{m}</a></li>" for m in w["menu"][1:]
    )
    return (
        _head(case, rng, "<meta name='Generator' content='Drupal 10 (https://www.drupal.org)'>"
              f"<script type='application/json' data-drupal-selector='drupal-settings-json'>{_state(case, rng, 45)}</script>")
        + f"<body class='path-node page-node-type-localgov-services-page'><a href='#main-content' class='visually-hidden focusable skip-link'>Skip to main content</a>"
        f"<div class='dialog-off-canvas-main-canvas'><header class='lgd-header'><div class='wrap'><a class='lgd-header__logo' href='/'>{case.site}</a>{_search(case, '/search', 's')}</div>"
        f"{_mega(case, rng, 'lgd-header__nav')}</header><div class='lgd-page-title-block wrap'>{_crumbs(case, rng)}</div>"
        f"<main id='main-content' class='main wrap'><div class='lgd-row'><div class='lgd-row__two-thirds'><div class='node__content'>{_main(case, 'lgd-page-title-block__title')}</div>"
        f"<div class='lgd-page-feedback'><p>Was this page useful?</p><button>Yes</button><button>No</button></div></div>"
        f"<aside class='lgd-row__one-third'><h2>{w['menu'][3]}</h2><ul class='service-tiles'>{tiles}</ul></aside></div></main>"
        f"{_footer(case, rng, 3, 'lgd-footer')}</div>{_consent(case, 'sliding-popup')}<script src='/core/misc/drupal.js?v=10.2.6'></script></body></html>"
    )  # fmt: skip


def _ghostpub(case: Any, rng: random.Random) -> str:
    """A Ghost 5 publication (Source theme): portal, membership CTA, latest posts."""
    return (
        _head(case, rng, "<meta name='generator' content='Ghost 5.82'>"
              f"<script defer src='/public/portal.min.js' data-ghost='/' data-key='{rng.randrange(16**26):026x}' data-api='/ghost/api/content/'></script>"
              f"<script type='application/json' id='gh-state'>{_state(case, rng, 35)}</script>", css=40)
        + "<body class='post-template has-sans-title has-sans-body'><div class='gh-viewport'>"
        f"<header id='gh-navigation' class='gh-navigation is-left-logo'><div class='gh-navigation-inner gh-inner'><a class='gh-navigation-logo' href='/'>{case.site}</a>"
        f"{_mega(case, rng, 'gh-navigation-menu')}<div class='gh-navigation-actions'><a href='#/portal/signin'>Sign in</a><a class='gh-button' href='#/portal/signup'>Subscribe</a></div></div></header>"
        f"<main class='gh-main'><article class='gh-article'><header class='gh-article-header gh-canvas'></header>"
        f"<section class='gh-content gh-canvas'>{_main(case, 'gh-article-title')}</section></article>"
        f"<section class='gh-cta'><h2>{case.site}</h2><a class='gh-button' href='#/portal/signup'>Subscribe</a></section>"
        f"<section class='gh-container is-grid gh-outer'>{_rail(case, rng, 8, 'gh-feed')}</section></main>"
        f"{_footer(case, rng, 2, 'gh-footer')}</div></body></html>"
    )  # fmt: skip


def _storefront(case: Any, rng: random.Random) -> str:
    """A headless storefront (Hydrogen-like): mini cart, facets in the menu, recommendations."""
    w = _w(case)
    recs = "".join(
        f"<li class='product-card'><a href='/products/{_slug(t)[:24]}-{rng.randrange(10**4)}'><img src='/cdn/shop/{rng.randrange(10**6)}.webp' alt='{t[:20]}'>"
        f"<span class='product-card__title'>{t[:30]}</span><span class='price'>{rng.randrange(9, 300)}.{rng.randrange(100):02d}</span></a></li>"
        for t in rng.sample(_pool(case), k=6)
    )
    return (
        _head(case, rng, f"<script>window.__remixContext={_state(case, rng, 50)};</script>")
        + f"<body class='template-product'><div class='announcement-bar'>{w['menu'][4]} · 30 days</div>"
        f"<header class='site-header'><a class='site-header__logo' href='/'>{case.site}</a>{_mega(case, rng, 'header__menu')}{_search(case, '/search')}"
        f"<a href='/account' class='header__icon'>👤</a><a href='/cart' class='header__icon header__icon--cart'>🛒<span class='cart-count'>0</span></a></header>"
        f"<main id='MainContent' class='content-for-layout'><div class='wrap'>{_crumbs(case, rng)}<section class='product'>"
        f"<div class='product__info-wrapper'>{_main(case, 'product__title')}</div></section>"
        f"<section class='product-recommendations'><h2>{w['related']}</h2><ul class='grid'>{recs}</ul></section></div></main>"
        f"<aside id='CartDrawer' class='cart-drawer' hidden><h2>🛒</h2></aside>{_footer(case, rng, 4, 'site-footer')}{_consent(case, 'shopify-pc__banner')}</body></html>"
    )  # fmt: skip


def _reactnews(case: Any, rng: random.Random) -> str:
    """A server-rendered React news site: live blog ticker, ad rails, __PRELOADED_STATE__."""
    return (
        _head(case, rng, "<meta property='og:type' content='article'>", css=70)
        + f"<body><div id='root'><div class='App'><div class='TopBar'><span>{_w(case)['menu'][0]}</span>{_search(case)}</div>"
        f"<header class='Masthead'><a class='Masthead-logo' href='/'>{case.site}</a>{_mega(case, rng, 'NavBar')}</header>"
        f"{_ad(rng, '970x250')}<div class='Layout wrap'><main class='Layout-main'><article class='Article'>{_crumbs(case, rng)}"
        f"<div class='Article-body'>{_main(case, 'Article-headline')}</div></article>{_rail(case, rng, 6, 'Recirc')}</main>"
        f"<aside class='Layout-side'>{_ad(rng)}{_rail(case, rng, 5, 'MostRead')}{_ad(rng)}</aside></div>{_footer(case, rng, 5, 'Footer')}</div></div>"
        f"<script>window.__PRELOADED_STATE__={_state(case, rng, 110)};</script><script src='/static/js/main.{rng.randrange(16**8):08x}.js' defer></script>"
        f"{_consent(case, 'sp_message_container')}</body></html>"
    )  # fmt: skip


def _versiondocs(case: Any, rng: random.Random) -> str:
    """A versioned documentation site (Antora-like): version picker, nav tree, page TOC."""
    tree = "".join(
        f"<li class='nav-item' data-depth='1'><a class='nav-link' href='/docs/v{rng.randrange(1, 4)}/{_slug(t)[:20]}/'>{t[:34]}</a><ul>"
        + "".join(f"<li class='nav-item' data-depth='2'><a class='nav-link' href='/docs/v2/{rng.randrange(999)}/'>{u[:26]}</a></li>" for u in rng.sample(_pool(case), k=3))
        + "</ul></li>"
        for t in rng.sample(_pool(case), k=6)
    )  # fmt: skip
    return (
        _head(case, rng, f"<meta name='generator' content='Antora 3.1.7'><script>var uiRootPath='/_';var siteIndex={_state(case, rng, 70)};</script>", css=35)
        + f"<body class='article'><header class='header'><nav class='navbar'><a class='navbar-item' href='/'>{case.site} Docs</a>{_search(case, '/search')}"
        f"<div class='navbar-item has-dropdown'><a class='navbar-link'>v2.4</a><div class='navbar-dropdown'><a href='/docs/v2/'>v2.4 (latest)</a><a href='/docs/v1/'>v1.9</a><a href='/docs/next/'>next</a></div></div></nav></header>"
        f"<div class='body'><div class='nav-container'><aside class='nav'><div class='nav-panel-menu is-active'><ul class='nav-list'>{tree}</ul></div></aside></div>"
        f"<main class='article'><div class='toolbar'>{_crumbs(case, rng)}<a class='edit-this-page' href='/edit'>Edit this page</a></div>"
        f"<article class='doc'>{_main(case, 'page')}</article><aside class='toc sidebar'><div class='toc-menu'></div></aside></main></div>"
        f"{_footer(case, rng, 3, 'footer')}</body></html>"
    )  # fmt: skip


def _helpdesk(case: Any, rng: random.Random) -> str:
    """A help centre (Help Scout Docs-like): category list, contact button, article votes."""
    w = _w(case)
    cats = "".join(
        f"<li><a href='/category/{rng.randrange(99)}-{_slug(m)}'>{m} <span class='count'>{rng.randrange(3, 60)}</span></a></li>"
        for m in w["menu"]
    )
    return (
        _head(case, rng, f"<script>window.hsBeacon={_state(case, rng, 60)};</script>", css=40)
        + f"<body class='docs-article'><header id='mainNav' class='navbar'><a class='brand' href='/'>{case.site} Help</a>"
        f"<ul class='nav'><li><a href='/'>{w['menu'][0]}</a></li><li><a href='/contact'>Contact</a></li></ul></header>"
        f"<section id='docsSearch'>{_search(case, '/search', 'query')}</section><section id='contentArea' class='container-fluid'>"
        f"<div class='row-fluid'><section id='main-content' class='span9'><div class='contentWrapper'><article id='fullArticle'>{_main(case, 'title')}</article>"
        f"<div class='articleFoot'><p class='lu'>Last updated on {rng.randrange(1, 28)}.{rng.randrange(1, 13)}.2026</p><div class='articleRatings'><button>😀</button><button>😐</button><button>😞</button></div></div>"
        f"{_rail(case, rng, 4, 'related')}</div></section><aside id='sidebar' class='span3'><h3>{w['related']}</h3><ul class='nav nav-list'>{cats}</ul></aside></div></section>"
        f"{_footer(case, rng, 2, 'footer')}<script src='https://beacon-v2.example/js/beacon.js' async></script></body></html>"
    )  # fmt: skip


def _flarum(case: Any, rng: random.Random) -> str:
    """A Flarum forum: tags sidebar, discussion hero, posts stream in a JSON payload."""
    w = _w(case)
    tags = "".join(
        f"<li><a href='/t/{_slug(m)}'><span class='icon fas fa-tag'></span>{m}</a></li>"
        for m in w["menu"]
    )
    return (
        _head(case, rng, f"<script id='flarum-json-payload' type='application/json'>{_state(case, rng, 70)}</script>", css=40)
        + f"<body><div id='app' class='App affixNavigation'><div id='app-navigation' class='App-navigation'></div>"
        f"<header id='header' class='App-header'><div class='container'><h1 class='Header-title'><a href='/'>{case.site}</a></h1>"
        f"<div class='Header-secondary'>{_search(case, '/', 'q')}<a href='/signup'>Sign up</a><a href='/login'>Log in</a></div></div></header>"
        f"<main class='App-content'><div class='container'><nav class='sideNav'><ul class='TagLinks'>{tags}</ul></nav>"
        f"<div class='sideNavOffset'><div id='content'>{_main(case, 'DiscussionHero-title')}</div>"
        f"<noscript><div class='Alert'>This site is best viewed in a modern browser with JavaScript enabled.</div></noscript></div></div></main>"
        f"{_footer(case, rng, 2, 'App-footer')}<script src='/assets/forum.js?v={rng.randrange(16**8):08x}'></script></div></body></html>"
    )  # fmt: skip


def _civic(case: Any, rng: random.Random) -> str:
    """A national civic services portal: phase banner, life events menu, feedback strip."""
    w = _w(case)
    events = "".join(f"<li><a href='/{_slug(m)}/services'>{m}</a></li>" for m in w["menu"] * 2)
    return (
        _head(case, rng, f"<script type='application/json' id='portal-config'>{_state(case, rng, 35)}</script>", css=45)
        + f"<body class='portal'><a class='skip' href='#main'>Skip to content</a><div class='official-banner'><span class='flag'>⚑</span> Official website</div>"
        f"<header class='portal-header'><div class='wrap'><a class='portal-logo' href='/'>{case.site}</a>{_search(case, '/search')}</div>{_mega(case, rng, 'portal-nav')}</header>"
        f"<div class='phase-banner wrap'><strong class='tag'>BETA</strong> Your feedback will help us improve it.</div>"
        f"<div class='wrap'>{_crumbs(case, rng)}<main id='main' class='portal-main'><div class='portal-content'>{_main(case, 'heading-xl')}</div>"
        f"<aside class='related-nav'><h2>{w['related']}</h2><ul>{events}</ul></aside></main></div>"
        f"<div class='feedback wrap'>Is this page useful? <a href='/feedback'>Yes</a> <a href='/feedback'>No</a> · <a href='/feedback'>Report a problem</a></div>"
        f"{_footer(case, rng, 4, 'portal-footer')}{_consent(case, 'cookie-banner')}</body></html>"
    )  # fmt: skip


def _faculty(case: Any, rng: random.Random) -> str:
    """A university faculty site (T4-like): audience menu, news and events columns, apply CTA."""
    return (
        _head(case, rng, f"<script>var T4={{site:{_state(case, rng, 30)}}};</script>", css=45)
        + f"<body class='faculty-page'><div class='audience-bar'><a href='/study'>Study</a><a href='/research'>Research</a><a href='/alumni'>Alumni</a><a href='/staff'>Staff</a></div>"
        f"<header class='uni-header'><a class='crest' href='/'><img src='/media/crest.svg' alt='{case.site}'></a>{_mega(case, rng, 'uni-nav')}{_search(case, '/search', 'query')}</header>"
        f"<div class='wrap'>{_crumbs(case, rng)}<div class='layout'><nav class='section-nav'><ul>{''.join(f'<li><a href=/dept/{rng.randrange(99)}>{t[:24]}</a></li>' for t in rng.sample(_pool(case), k=6))}</ul></nav>"
        f"<main class='uni-main' id='content'>{_main(case, 'page-title')}</main></div>"
        f"<section class='cols'><div class='news-col'>{_rail(case, rng, 4, 'news')}</div><div class='events-col'>{_rail(case, rng, 3, 'events')}</div></section>"
        f"<a class='cta-apply' href='/apply'>Apply</a></div>{_footer(case, rng, 4, 'uni-footer')}{_consent(case, 'civicCookieControl')}</body></html>"
    )  # fmt: skip


def _hospital(case: Any, rng: random.Random) -> str:
    """A hospital trust: emergency strip, find a service, translate widget, accreditation logos."""
    w = _w(case)
    services = "".join(
        f"<li><a href='/services/{_slug(t)[:20]}'>{t[:28]}</a></li>"
        for t in rng.sample(_pool(case), k=8)
    )
    return (
        _head(case, rng, f"<script>window.TRUST_CFG={_state(case, rng, 40)};</script>", css=50)
        + f"<body class='trust'><div class='emergency-strip'>☎ 999 · 111 · A&amp;E</div><div id='google_translate_element'></div>"
        f"<header class='trust-header'><a class='trust-logo' href='/'>{case.site}</a>{_search(case, '/search')}<a class='btn' href='/appointments'>{w['menu'][2]}</a></header>"
        f"{_mega(case, rng, 'trust-nav')}<div class='wrap'>{_crumbs(case, rng)}<div class='grid two-col'><main class='trust-main' id='maincontent'>{_main(case, 'nhsuk-heading-xl')}</main>"
        f"<aside class='sidebar'><h2>{w['menu'][2]}</h2><ul>{services}</ul></aside></div>{_rail(case, rng, 4, 'trust-news')}</div>"
        f"<div class='accreditation'><img src='/img/cqc.svg' alt='CQC'><img src='/img/dc.svg' alt='Disability Confident'></div>"
        f"{_footer(case, rng, 4, 'trust-footer')}{_consent(case, 'ccc')}</body></html>"
    )  # fmt: skip


def _fanwiki(case: Any, rng: random.Random) -> str:
    """A hosted fan wiki (Fandom-like): community header, rail modules, heavy ad stack."""
    w = _w(case)
    return (
        _head(case, rng, f"<script>var mw={{config:{_state(case, rng, 60)}}};</script>", css=40)
        + f"<body class='skin-fandomdesktop mediawiki ltr ns-0 page-{rng.randrange(10**6)}'><div class='global-navigation'><a href='/'>FANDOM</a>{_search(case, '/wiki/Special:Search', 'query')}</div>"
        f"<div class='main-container'>{_ad(rng, '728x90')}<div class='community-header-wrapper'><h2 class='fandom-community-header__community-name'>{case.site}</h2>{_mega(case, rng, 'wds-tabs')}</div>"
        f"<div class='page has-right-rail'><main class='page__main' lang='{case.lang}'><div class='page-header'>{_crumbs(case, rng)}</div>"
        f"<div id='content' class='page-content'><div id='mw-content-text'><div class='mw-parser-output'>{_main(case, 'page-header__title')}</div></div></div>"
        f"<div class='page-footer'><div class='categories'>Categories: {w['menu'][3]} · {w['menu'][5]}</div></div></main>"
        f"<aside class='page__right-rail'>{_ad(rng)}{_rail(case, rng, 5, 'popular-pages')}{_ad(rng, '300x600')}</aside></div></div>"
        f"{_footer(case, rng, 4, 'global-footer')}{_consent(case, 'tracking-opt-in')}</body></html>"
    )  # fmt: skip


def _mediahost(case: Any, rng: random.Random) -> str:
    """A podcast and video host: player shell, episode list, subscribe buttons."""
    w = _w(case)
    eps = "".join(
        f"<li class='episode-row'><a href='/episodes/{rng.randrange(10**4)}-{_slug(t)[:24]}'><span class='ep-num'>#{rng.randrange(1, 400)}</span> {t}</a><span>{rng.randrange(12, 95)} min</span></li>"
        for t in rng.sample(_pool(case), k=6)
    )
    return (
        _head(case, rng, f"<script id='__APP_STATE__' type='application/json'>{_state(case, rng, 70)}</script>", css=40)
        + f"<body class='show-page'><header class='topbar'><a class='brand' href='/'>{case.site}</a>{_search(case, '/search')}<a href='/login'>Log in</a></header>"
        f"<div class='wrap'><div class='player-shell' data-player='audio'><div class='player-controls'><button aria-label='Play'>▶</button><div class='scrubber'></div><span>00:00</span></div></div>"
        f"<main class='episode'>{_main(case, 'episode-title')}</main><div class='subscribe'><a href='#'>Apple Podcasts</a><a href='#'>Spotify</a><a href='#'>RSS</a></div>"
        f"<section class='episodes'><h2>{w['more']}</h2><ol>{eps}</ol></section></div>{_footer(case, rng, 3, 'site-footer')}</body></html>"
    )  # fmt: skip


def _jobboard(case: Any, rng: random.Random) -> str:
    """A job board: search bar with location, filters, similar jobs, salary insights."""
    w = _w(case)
    return (
        _head(case, rng, f"<script>window._initialData={_state(case, rng, 70)};</script>", css=45)
        + f"<body class='jobsearch-viewjob'><header class='gnav'><a class='gnav-logo' href='/'>{case.site}</a><nav><a href='/jobs'>Jobs</a><a href='/companies'>Companies</a><a href='/salaries'>Salaries</a></nav><a href='/account/login'>Sign in</a></header>"
        f"<div class='jobsearch-bar'>{_search(case, '/jobs', 'q')}<input name='l' placeholder='City'></div>"
        f"<div class='wrap grid'><main class='jobsearch-JobComponent'>{_main(case, 'jobsearch-JobInfoHeader-title')}</main>"
        f"<aside class='similar-jobs'>{_rail(case, rng, 6, 'similarJobs')}</aside></div>"
        f"<section class='salary-insights wrap'><h2>{w['menu'][3]}</h2><p>{rng.randrange(30, 90)}k – {rng.randrange(90, 160)}k</p></section>"
        f"{_footer(case, rng, 4, 'gnav-footer')}{_consent(case, 'onetrust-banner-sdk')}</body></html>"
    )  # fmt: skip


def _eventlist(case: Any, rng: random.Random) -> str:
    """An events listing site: date filters, venue map placeholder, 'more events near you'."""
    return (
        _head(case, rng, f"<script>window.__SERVER_DATA__={_state(case, rng, 50)};</script>", css=45)
        + f"<body class='event-page'><header class='eds-global-header'><a class='logo' href='/'>{case.site}</a>{_search(case, '/d/search', 'q')}<nav><a href='/organizer'>Create events</a><a href='/signin'>Log in</a></nav></header>"
        f"<div class='filters wrap'><button>Today</button><button>This weekend</button><button>Free</button><button>Online</button></div>"
        f"<main class='event-details wrap'>{_crumbs(case, rng)}<div class='event-details__main'>{_main(case, 'event-title')}</div>"
        f"<div class='map-placeholder' data-lat='{rng.uniform(-60, 60):.4f}' data-lng='{rng.uniform(-120, 120):.4f}'></div></main>"
        f"<section class='wrap'>{_rail(case, rng, 8, 'events-near-you')}</section>{_footer(case, rng, 4, 'eds-footer')}{_consent(case, 'transcend-consent')}</body></html>"
    )  # fmt: skip


def _auction(case: Any, rng: random.Random) -> str:
    """An auction house and classifieds site: lot navigation, watch list, bidding widget shell."""
    w = _w(case)
    return (
        _head(case, rng, f"<script>var LOT_CONTEXT={_state(case, rng, 45)};</script>", css=45)
        + f"<body class='lot-page'><header class='auction-header'><a class='logo' href='/'>{case.site}</a>{_mega(case, rng, 'auction-nav')}{_search(case, '/search', 'keyword')}<a href='/watchlist'>♡</a><a href='/login'>Sign in</a></header>"
        f"<div class='wrap'>{_crumbs(case, rng)}<div class='lot-nav'><a href='?prev'>‹</a> <a href='?next'>›</a></div><main class='lot-detail'>{_main(case, 'lot-title')}</main>"
        f"<section class='other-lots'>{_rail(case, rng, 6, 'other-lots')}</section></div>"
        f"<div class='newsletter'><h2>{w['more']}</h2><input type='email' placeholder='email'></div>{_footer(case, rng, 4, 'auction-footer')}{_consent(case, 'cookiebot')}</body></html>"
    )  # fmt: skip


def _coupons(case: Any, rng: random.Random) -> str:
    """A coupon and deals site: store logo box, code reveal buttons, popular stores grid."""
    w = _w(case)
    stores = "".join(
        f"<li><a href='/stores/{_slug(t)[:16]}'>{t[:18]}</a></li>"
        for t in rng.sample(_pool(case), k=8)
    )
    return (
        _head(case, rng, f"<script>window.__DEALS__={_state(case, rng, 45)};</script>", css=45)
        + f"<body class='store-page'><div class='top-strip'>{w['menu'][3]} · {w['menu'][5]}</div><header class='deals-header'><a class='logo' href='/'>{case.site}</a>{_search(case, '/search')}{_mega(case, rng, 'deals-nav')}</header>"
        f"<div class='wrap grid'><main class='offer'>{_crumbs(case, rng)}{_main(case, 'offer-title')}</main>"
        f"<aside class='popular-stores'><h2>{w['related']}</h2><ul>{stores}</ul>{_ad(rng)}</aside></div>"
        f"<p class='disclosure wrap'>We may earn a commission when you use our links.</p>{_footer(case, rng, 4, 'deals-footer')}{_consent(case, 'qc-cmp2-container')}</body></html>"
    )  # fmt: skip


def _preprint(case: Any, rng: random.Random) -> str:
    """A preprint server: subject browse, version history, download box, metrics."""
    return (
        _head(case, rng, f"<script type='application/json' id='article-meta'>{_state(case, rng, 70)}</script>", css=35)
        + f"<body class='abs-page'><header class='server-header'><a class='server-logo' href='/'>{case.site}</a>{_search(case, '/search', 'terms')}<nav><a href='/submit'>Submit</a><a href='/about'>About</a><a href='/subjects'>Subjects</a></nav></header>"
        f"<div class='wrap grid'><main id='abs' class='abs'>{_crumbs(case, rng)}{_main(case, 'title mathjax')}</main>"
        f"<aside class='extra-services'><div class='full-text'><h2>Access</h2><ul><li><a href='/pdf/{rng.randrange(10**4)}'>PDF</a></li><li><a href='/format/{rng.randrange(10**4)}'>Other formats</a></li></ul></div>"
        f"<div class='metrics'>{rng.randrange(100, 9000)} views · {rng.randrange(10, 900)} downloads</div></aside></div>"
        f"<section class='wrap'>{_rail(case, rng, 5, 'similar')}</section>{_footer(case, rng, 3, 'server-footer')}</body></html>"
    )  # fmt: skip


def _profile(case: Any, rng: random.Random) -> str:
    """A social network's profile page: app bar, who-to-follow, trends, sign-up prompt."""
    w = _w(case)
    trends = "".join(
        f"<li><a href='/hashtag/{_slug(t)[:14]}'>#{_slug(t)[:14]}</a><span>{rng.randrange(2, 90)}k</span></li>"
        for t in rng.sample(_pool(case), k=6)
    )
    return (
        _head(case, rng, f"<script>window.__INITIAL_STATE__={_state(case, rng, 75)};</script>", css=40)
        + f"<body class='profile-view'><div id='react-root'><header role='banner' class='appbar'><a href='/' aria-label='{case.site}'>◎</a>"
        f"<nav><a href='/explore'>#</a><a href='/notifications'>🔔</a><a href='/messages'>✉</a></nav></header>"
        f"<main role='main' class='column'><div class='profile-header'><div class='banner-img'></div></div><div class='profile-body'>{_main(case, 'profile-name')}</div></main>"
        f"<aside class='sidebar'>{_search(case, '/search')}<section class='trends'><h2>{w['related']}</h2><ol>{trends}</ol></section></aside>"
        f"<div class='signup-prompt'><p>{case.site}</p><a href='/signup'>Sign up</a><a href='/login'>Log in</a></div></div>{_footer(case, rng, 2, 'legal')}</body></html>"
    )  # fmt: skip


def _statushost(case: Any, rng: random.Random) -> str:
    """A hosted status page: components list, uptime bars, subscribe form."""
    bars = "".join(
        f"<rect x='{i * 3}' width='2' height='30' class='uptime-day'/>" for i in range(90)
    )
    comps = "".join(
        f"<li class='component'><span>{t[:24]}</span><span class='component-status'>●</span><svg width='270' height='30'>{bars}</svg></li>"
        for t in rng.sample(_pool(case), k=6)
    )
    return (
        _head(case, rng, f"<script>var statusData={_state(case, rng, 25)};</script>", css=30)
        + f"<body class='status'><div class='layout-content status-index'><div class='masthead'><a href='/'>{case.site} Status</a><button class='subscribe'>Subscribe to updates</button></div>"
        f"<main class='incident-container'>{_main(case, 'incident-name')}</main><ul class='components-container'>{comps}</ul>"
        f"<div class='page-footer'><a href='/history'>Incident history</a> · Powered by Atlassian Statuspage</div></div>{_footer(case, rng, 2, 'status-footer')}</body></html>"
    )  # fmt: skip


TEMPLATES: dict[str, Callable[[Any, random.Random], str]] = {
    "w4press": _wpnews,
    "w4council": _council,
    "w4ghost": _ghostpub,
    "w4store": _storefront,
    "w4react": _reactnews,
    "w4docs": _versiondocs,
    "w4help": _helpdesk,
    "w4flarum": _flarum,
    "w4civic": _civic,
    "w4faculty": _faculty,
    "w4hospital": _hospital,
    "w4fandom": _fanwiki,
    "w4media": _mediahost,
    "w4jobs": _jobboard,
    "w4events": _eventlist,
    "w4auction": _auction,
    "w4coupons": _coupons,
    "w4preprint": _preprint,
    "w4profile": _profile,
    "w4status": _statushost,
}


def render(case: Any) -> str:
    return TEMPLATES[case.chrome](case, _rng(case))


# One paragraph of ordinary prose per language, for pages that ask for filler.
PROSE: dict[str, str] = {
    "en": "The study followed just over two thousand adults for six years and found that those who walked for at least twenty minutes a day reported fewer flare-ups, although the authors caution that people who already felt better may simply have walked more. They call for a trial that assigns walking at random before any firm advice is given.",
    "de": "Die Studie begleitete gut zweitausend Erwachsene über sechs Jahre; wer täglich mindestens zwanzig Minuten ging, berichtete seltener von Schüben. Die Autorinnen mahnen jedoch, dass Menschen, denen es ohnehin besser ging, womöglich einfach mehr gelaufen sind.",
    "fr": "L'étude a suivi un peu plus de deux mille adultes pendant six ans : ceux qui marchaient au moins vingt minutes par jour signalaient moins de poussées, même si les auteurs rappellent que les personnes qui allaient déjà mieux marchaient peut-être simplement davantage.",
    "es": "El estudio siguió a algo más de dos mil adultos durante seis años y observó que quienes caminaban al menos veinte minutos al día tenían menos brotes, aunque los autores advierten de que quizá quienes ya se encontraban mejor simplemente caminaban más.",
    "it": "Lo studio ha seguito poco più di duemila adulti per sei anni: chi camminava almeno venti minuti al giorno riferiva meno riacutizzazioni, anche se gli autori avvertono che chi stava già meglio forse camminava semplicemente di più.",
    "pt": "O estudo acompanhou pouco mais de dois mil adultos durante seis anos e viu que quem caminhava pelo menos vinte minutos por dia relatava menos crises, embora os autores alertem que quem já se sentia melhor talvez simplesmente caminhasse mais.",
    "nl": "Het onderzoek volgde ruim tweeduizend volwassenen zes jaar lang; wie dagelijks minstens twintig minuten wandelde, meldde minder opvlammingen. De auteurs waarschuwen wel dat mensen die zich al beter voelden misschien gewoon meer liepen.",
    "pl": "Badanie objęło nieco ponad dwa tysiące dorosłych przez sześć lat: osoby, które codziennie spacerowały co najmniej dwadzieścia minut, rzadziej zgłaszały zaostrzenia, choć autorzy zastrzegają, że ci, którzy czuli się lepiej, mogli po prostu więcej chodzić.",
    "sv": "Studien följde drygt tvåtusen vuxna i sex år och fann att de som promenerade minst tjugo minuter om dagen rapporterade färre skov, men författarna påpekar att de som redan mådde bättre kanske helt enkelt gick mer.",
    "ru": "Исследование шесть лет наблюдало чуть более двух тысяч взрослых: те, кто ходил пешком не меньше двадцати минут в день, реже сообщали об обострениях, хотя авторы предупреждают, что тем, кому и так было лучше, возможно, просто легче было ходить.",
    "tr": "Araştırma iki binden biraz fazla yetişkini altı yıl boyunca izledi; günde en az yirmi dakika yürüyenler daha az alevlenme bildirdi, ancak yazarlar zaten daha iyi hissedenlerin belki de sadece daha çok yürüdüğü uyarısında bulunuyor.",
    "ja": "研究では約2000人の成人を6年間追跡し、1日20分以上歩く人は症状の悪化が少なかったと報告した。ただし著者らは、もともと調子の良い人がよく歩いていただけの可能性もあると注意を促している。",
    "zh": "该研究对两千多名成年人进行了六年的跟踪，发现每天步行至少二十分钟的人报告的发作次数更少，但作者提醒，也可能只是本来状况较好的人走得更多。",
    "ko": "연구진은 성인 2천여 명을 6년간 추적한 결과 하루 20분 이상 걷는 사람들이 증상 악화를 덜 겪었다고 밝혔다. 다만 원래 상태가 좋은 사람들이 더 많이 걸었을 가능성도 있다고 덧붙였다.",
    "ar": "تابعت الدراسة ما يزيد قليلاً على ألفي بالغ طوال ست سنوات، ووجدت أن من يمشون عشرين دقيقة يومياً على الأقل أبلغوا عن نوبات أقل، مع أن الباحثين ينبهون إلى أن من كانوا بحال أفضل أصلاً ربما مشوا أكثر فحسب.",
    "he": "המחקר עקב אחר מעט יותר מאלפיים מבוגרים במשך שש שנים ומצא שמי שהלכו לפחות עשרים דקות ביום דיווחו על פחות התלקחויות, אף שהחוקרים מזהירים שייתכן שמי שהרגישו טוב יותר פשוט הלכו יותר.",
    "fa": "این پژوهش بیش از دو هزار بزرگسال را شش سال دنبال کرد و دید کسانی که روزانه دست‌کم بیست دقیقه پیاده‌روی می‌کردند کمتر دچار عود شدند، هرچند نویسندگان هشدار می‌دهند شاید کسانی که حالشان بهتر بود فقط بیشتر راه رفته‌اند.",
    "hi": "अध्ययन ने छह वर्षों तक दो हज़ार से कुछ अधिक वयस्कों पर नज़र रखी और पाया कि रोज़ कम से कम बीस मिनट चलने वालों को कम तकलीफ़ हुई, हालाँकि लेखक सावधान करते हैं कि जो पहले से बेहतर थे वे शायद बस ज़्यादा चले।",
    "ta": "இந்த ஆய்வு இரண்டாயிரத்துக்கும் மேற்பட்ட பெரியவர்களை ஆறு ஆண்டுகள் பின்தொடர்ந்தது; தினமும் குறைந்தது இருபது நிமிடங்கள் நடந்தவர்களுக்கு பாதிப்புகள் குறைவாக இருந்தன.",
    "id": "Studi ini mengikuti lebih dari dua ribu orang dewasa selama enam tahun dan menemukan bahwa mereka yang berjalan kaki setidaknya dua puluh menit sehari lebih jarang kambuh, meski penulis mengingatkan bahwa orang yang sudah lebih sehat mungkin memang lebih banyak berjalan.",
    "vi": "Nghiên cứu theo dõi hơn hai nghìn người trưởng thành trong sáu năm và thấy những người đi bộ ít nhất hai mươi phút mỗi ngày ít bị tái phát hơn, dù các tác giả lưu ý rằng người vốn khỏe hơn có thể chỉ đơn giản là đi bộ nhiều hơn.",
}  # fmt: skip
