# ruff: noqa: E501  (sentences written one a line: data)
"""The core not-found sentences, shape by language: the phrase book should read every cell.

Four shapes carry most not-found notices on any site, whatever its template: the *requested*
thing does not exist or was not found; the thing the visitor *sought* (was looking for, tried to
open) does not exist; the thing does not exist *or is private* or hidden; the thing *has been
deleted or hidden*. Each cell holds sentences written for this matrix (not copied from one site),
with pages, posts, topics and publications as the thing. ``LIVE`` holds the look-alikes that must
stay live: the same words in a condition, an invitation or an option's manual.
"""

from __future__ import annotations

SHAPES = ("requested", "sought", "private", "deleted")

MATRIX: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "requested": ("The requested topic was not found.", "The requested page does not exist on this site."),
        "sought": ("The page you tried to open does not exist.", "The post you were looking for does not exist."),
        "private": ("Oops! That page doesn't exist or is private.", "This topic does not exist or has been hidden."),
        "deleted": ("This post has been hidden or deleted.", "The publication has been deleted or hidden."),
    },
    "es": {
        "requested": ("El tema solicitado no existe.", "La página solicitada no existe en este sitio.", "No se encontró la publicación solicitada."),
        "sought": ("La página que intentaste abrir no existe.", "La publicación que buscas no existe."),
        "private": ("Esta página no existe o es privada.", "El tema no existe o ha sido ocultado."),
        "deleted": ("Esta publicación ha sido eliminada u ocultada.", "La entrada fue ocultada o eliminada."),
    },
    "de": {
        "requested": ("Die angeforderte Seite existiert nicht.", "Das angeforderte Thema wurde nicht gefunden."),
        "sought": ("Die Seite, die Sie öffnen wollten, existiert nicht.", "Der Beitrag, den du suchst, existiert nicht."),
        "private": ("Diese Seite existiert nicht oder ist privat.", "Das Thema existiert nicht oder wurde ausgeblendet."),
        "deleted": ("Dieser Beitrag wurde gelöscht oder ausgeblendet.", "Die Veröffentlichung wurde ausgeblendet oder entfernt."),
    },
    "fr": {
        "requested": ("La page demandée n'existe pas sur ce site.", "Le sujet demandé est introuvable."),
        "sought": ("La page que vous avez essayé d'ouvrir n'existe pas.", "La publication que vous cherchez n'existe pas."),
        "private": ("Cette page n'existe pas ou est privée.", "Ce sujet n'existe pas ou a été masqué."),
        "deleted": ("Cette publication a été supprimée ou masquée.", "Le message a été masqué ou supprimé."),
    },
    "pt": {
        "requested": ("A página solicitada não existe.", "O tópico solicitado não foi encontrado."),
        "sought": ("A página que você tentou abrir não existe.", "A publicação que você procura não existe."),
        "private": ("Esta página não existe ou é privada.", "O tópico não existe ou foi ocultado."),
        "deleted": ("Esta publicação foi excluída ou ocultada.", "A postagem foi ocultada ou removida."),
    },
    "it": {
        "requested": ("La pagina richiesta non esiste.", "L'argomento richiesto non è stato trovato."),
        "sought": ("La pagina che hai provato ad aprire non esiste.", "Il post che stai cercando non esiste."),
        "private": ("Questa pagina non esiste o è privata.", "L'argomento non esiste o è stato nascosto."),
        "deleted": ("Questo post è stato eliminato o nascosto.", "La pubblicazione è stata nascosta o rimossa."),
    },
    "nl": {
        "requested": ("De opgevraagde pagina bestaat niet.", "Het gevraagde onderwerp is niet gevonden."),
        "sought": ("De pagina die je probeerde te openen bestaat niet.", "Het bericht dat u zoekt bestaat niet."),
        "private": ("Deze pagina bestaat niet of is privé.", "Dit onderwerp bestaat niet of is verborgen."),
        "deleted": ("Dit bericht is verwijderd of verborgen.", "De publicatie is verborgen of verwijderd."),
    },
    "pl": {
        "requested": ("Żądana strona nie istnieje.", "Nie znaleziono żądanego tematu."),
        "sought": ("Strona, którą próbowałeś otworzyć, nie istnieje.", "Wpis, którego szukasz, nie istnieje."),
        "private": ("Ta strona nie istnieje lub jest prywatna.", "Temat nie istnieje lub został ukryty."),
        "deleted": ("Ten wpis został usunięty lub ukryty.", "Publikacja została ukryta lub usunięta."),
    },
    "ru": {
        "requested": ("Запрошенная тема не найдена.", "Запрашиваемая страница не существует."),
        "sought": ("Страница, которую вы пытались открыть, не существует.", "Публикация, которую вы ищете, не существует."),
        "private": ("Эта страница не существует или является приватной.", "Тема не существует или скрыта."),
        "deleted": ("Публикация скрыта или удалена.", "Эта запись была удалена или скрыта."),
    },
    "uk": {
        "requested": ("Запитувана сторінка не існує.", "Запитану тему не знайдено."),
        "sought": ("Сторінка, яку ви намагалися відкрити, не існує.", "Публікація, яку ви шукаєте, не існує."),
        "private": ("Ця сторінка не існує або є приватною.", "Тема не існує або прихована."),
        "deleted": ("Публікацію приховано або видалено.", "Цей запис було видалено або приховано."),
    },
    "cs": {
        "requested": ("Požadovaná stránka neexistuje.", "Požadované téma nebylo nalezeno."),
        "sought": ("Stránka, kterou jste se pokusili otevřít, neexistuje.", "Příspěvek, který hledáte, neexistuje."),
        "private": ("Tato stránka neexistuje nebo je soukromá.", "Téma neexistuje nebo bylo skryto."),
        "deleted": ("Tento příspěvek byl smazán nebo skryt.", "Publikace byla skryta nebo odstraněna."),
    },
    "sk": {
        "requested": ("Požadovaná stránka neexistuje.", "Požadovaná téma nebola nájdená."),
        "sought": ("Stránka, ktorú hľadáte, neexistuje.", "Príspevok, ktorý ste sa pokúsili otvoriť, neexistuje."),
        "private": ("Táto stránka neexistuje alebo je súkromná.", "Téma neexistuje alebo bola skrytá."),
        "deleted": ("Tento príspevok bol zmazaný alebo skrytý.", "Publikácia bola skrytá alebo odstránená."),
    },
    "tr": {
        "requested": ("İstenen sayfa mevcut değil.", "İstenen konu bulunamadı."),
        "sought": ("Aradığınız sayfa mevcut değil.", "Açmaya çalıştığınız gönderi mevcut değil."),
        "private": ("Bu sayfa mevcut değil veya gizli.", "Bu konu mevcut değil ya da gizlenmiş."),
        "deleted": ("Bu gönderi silinmiş veya gizlenmiş.", "Yayın gizlendi veya silindi."),
    },
    "ja": {
        "requested": ("リクエストされたページは存在しません。", "要求されたトピックが見つかりませんでした。"),
        "sought": ("お探しのページは存在しません。", "開こうとしたページは存在しません。"),
        "private": ("このページは存在しないか、非公開です。", "このトピックは存在しないか、非表示になっています。"),
        "deleted": ("この投稿は削除されたか、非表示になっています。", "この記事は削除または非公開にされました。"),
    },
    "zh": {
        "requested": ("请求的页面不存在。", "所请求的主题未找到。"),
        "sought": ("您要查找的页面不存在。", "您尝试打开的帖子不存在。"),
        "private": ("该页面不存在或为私密页面。", "该主题不存在或已被隐藏。"),
        "deleted": ("该帖子已被删除或隐藏。", "此内容已被隐藏或删除。"),
    },
    "ko": {
        "requested": ("요청한 페이지가 존재하지 않습니다.", "요청하신 게시물을 찾을 수 없습니다."),
        "sought": ("찾으시는 페이지가 존재하지 않습니다.", "열려고 하신 페이지가 존재하지 않습니다."),
        "private": ("이 페이지는 존재하지 않거나 비공개입니다.", "게시물이 존재하지 않거나 숨겨졌습니다."),
        "deleted": ("이 게시물은 삭제되었거나 숨겨졌습니다.", "해당 글은 숨김 처리되었거나 삭제되었습니다."),
    },
    "ar": {
        "requested": ("الصفحة المطلوبة غير موجودة.", "لم يتم العثور على الموضوع المطلوب."),
        "sought": ("الصفحة التي تبحث عنها غير موجودة.", "الصفحة التي حاولت فتحها غير موجودة."),
        "private": ("هذه الصفحة غير موجودة أو خاصة.", "هذا الموضوع غير موجود أو مخفي."),
        "deleted": ("تم حذف هذا المنشور أو إخفاؤه.", "هذا المنشور محذوف أو مخفي."),
    },
    "fa": {
        "requested": ("صفحه درخواستی وجود ندارد.", "موضوع درخواست شده یافت نشد."),
        "sought": ("صفحه‌ای که به دنبال آن هستید وجود ندارد.", "صفحه‌ای که سعی کردید باز کنید وجود ندارد."),
        "private": ("این صفحه وجود ندارد یا خصوصی است.", "این موضوع وجود ندارد یا پنهان شده است."),
        "deleted": ("این پست حذف یا پنهان شده است.", "این مطلب پنهان یا حذف شده است."),
    },
    "he": {
        "requested": ("הדף המבוקש אינו קיים.", "הנושא המבוקש לא נמצא."),
        "sought": ("הדף שחיפשת אינו קיים.", "הדף שניסית לפתוח לא קיים."),
        "private": ("הדף הזה אינו קיים או שהוא פרטי.", "הנושא אינו קיים או שהוסתר."),
        "deleted": ("הפוסט נמחק או הוסתר.", "הפרסום הוסתר או נמחק."),
    },
    "hi": {
        "requested": ("अनुरोधित पृष्ठ मौजूद नहीं है।", "अनुरोधित विषय नहीं मिला।"),
        "sought": ("आप जो पृष्ठ ढूंढ रहे हैं वह मौजूद नहीं है।", "जिस पेज को आपने खोलने की कोशिश की वह मौजूद नहीं है।"),
        "private": ("यह पृष्ठ मौजूद नहीं है या निजी है।", "यह विषय मौजूद नहीं है या छिपा दिया गया है।"),
        "deleted": ("यह पोस्ट हटा दी गई है या छिपा दी गई है।", "यह प्रकाशन छिपाया या हटाया गया है।"),
    },
    "th": {
        "requested": ("ไม่พบหน้าที่ร้องขอ", "หน้าที่ร้องขอไม่มีอยู่"),
        "sought": ("หน้าที่คุณกำลังค้นหาไม่มีอยู่", "หน้าที่คุณพยายามเปิดไม่มีอยู่"),
        "private": ("หน้านี้ไม่มีอยู่หรือเป็นแบบส่วนตัว", "กระทู้นี้ไม่มีอยู่หรือถูกซ่อน"),
        "deleted": ("โพสต์นี้ถูกลบหรือถูกซ่อนแล้ว", "เนื้อหานี้ถูกซ่อนหรือถูกลบแล้ว"),
    },
    "vi": {
        "requested": ("Trang được yêu cầu không tồn tại.", "Không tìm thấy chủ đề được yêu cầu."),
        "sought": ("Trang bạn đang tìm kiếm không tồn tại.", "Trang bạn đã cố mở không tồn tại."),
        "private": ("Trang này không tồn tại hoặc ở chế độ riêng tư.", "Chủ đề này không tồn tại hoặc đã bị ẩn."),
        "deleted": ("Bài viết này đã bị xóa hoặc bị ẩn.", "Bài đăng đã bị ẩn hoặc bị xóa."),
    },
    "id": {
        "requested": ("Halaman yang diminta tidak ada.", "Topik yang diminta tidak ditemukan."),
        "sought": ("Halaman yang Anda cari tidak ada.", "Halaman yang Anda coba buka tidak ada."),
        "private": ("Halaman ini tidak ada atau bersifat pribadi.", "Topik ini tidak ada atau telah disembunyikan."),
        "deleted": ("Postingan ini telah dihapus atau disembunyikan.", "Publikasi ini disembunyikan atau dihapus."),
    },
    "ur": {
        "requested": ("مطلوبہ صفحہ موجود نہیں۔", "مطلوبہ موضوع نہیں ملا۔"),
        "sought": ("آپ جو صفحہ تلاش کر رہے ہیں وہ موجود نہیں ہے۔",),
        "private": ("یہ صفحہ موجود نہیں یا نجی ہے۔",),
        "deleted": ("یہ پوسٹ حذف یا پوشیدہ کر دی گئی ہے۔",),
    },
}  # fmt: skip

LIVE: dict[str, tuple[str, ...]] = {
    "en": ("If the requested page does not exist, the server answers 404.",
           "The topic you are looking for does not exist yet, create it.",
           "This option does not exist or is private in version 2."),
    "es": ("Si la página solicitada no existe, el servidor responde 404.",
           "¿El tema que buscas no existe todavía? Créalo."),
    "fr": ("Si la page demandée n'existe pas, le serveur répond 404.",),
    "de": ("Wenn die angeforderte Seite nicht existiert, antwortet der Server mit 404.",),
    "ru": ("Если запрошенная страница не существует, сервер отвечает 404.",),
    "pl": ("Jeśli żądana strona nie istnieje, serwer zwraca kod 404.",),
}  # fmt: skip


# The shapes a site's own software words its not-found view in, where the phrase book read few
# (issue 15, wave 23): the thing sought *seems* not to exist (a hedge, read only of what the
# visitor asked for); the requested identifier *matches no record*; the thing sought is
# *missing or off limits to you*; the thing *you specified* does not exist. Written for this
# matrix in forum, board, record and registry words, in 21 languages. At a6725b6 71 of 110
# were not read as the page's statement in a short text.
SHAPES23 = ("seems", "norecord", "offlimits", "specified")

MATRIX23: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "seems": ("The thread you are looking for seems not to exist.", "The page you requested appears to no longer exist."),
        "norecord": ("The requested identifier does not match any record.", "The address you requested does not correspond to any entry."),
        "offlimits": ("The board you are looking for is either missing or off limits to you.", "The requested board is missing or off limits to you.", "The thread or forum you were looking for is missing or off limits to you."),
        "specified": ("The topic you specified does not exist.", "The specified page does not exist."),
    },
    "es": {
        "seems": ("El hilo que buscas parece no existir.", "La página solicitada parece que ya no existe."),
        "norecord": ("El identificador solicitado no corresponde a ningún registro.",),
        "offlimits": ("El foro que buscas no existe o no está disponible para ti.", "El hilo o foro que estás buscando parece no existir."),
        "specified": ("El tema especificado no existe.", "El hilo que indicaste no existe."),
    },
    "de": {
        "seems": ("Die gesuchte Seite scheint nicht zu existieren.", "Der Beitrag, den Sie suchen, scheint nicht mehr zu existieren."),
        "norecord": ("Die angeforderte Kennung entspricht keinem Datensatz.",),
        "offlimits": ("Das Forum, das du suchst, fehlt oder ist für dich nicht zugänglich.", "Der Beitrag oder Bereich, den du suchst, scheint entweder nicht zu existieren."),
        "specified": ("Das angegebene Thema existiert nicht.", "Der angegebene Beitrag wurde nicht gefunden."),
    },
    "fr": {
        "seems": ("La discussion que vous cherchez semble ne pas exister.", "Le sujet demandé semble ne plus exister."),
        "norecord": ("L'identifiant demandé ne correspond à aucun enregistrement.",),
        "offlimits": ("Le forum que vous cherchez est introuvable ou ne vous est pas accessible.", "Le sujet ou la rubrique que vous cherchez n'existe pas ou ne vous est pas accessible."),
        "specified": ("Le sujet spécifié n'existe pas.", "La discussion indiquée n'existe pas."),
    },
    "pt": {
        "seems": ("O tópico que você procura parece não existir.", "A página solicitada parece não existir mais."),
        "norecord": ("O identificador solicitado não corresponde a nenhum registro.",),
        "offlimits": ("O fórum que você procura não existe ou não está disponível para você.", "A discussão ou secção que procura parece não existir."),
        "specified": ("O tópico especificado não existe.", "A discussão informada não existe."),
    },
    "it": {
        "seems": ("La discussione che cerchi sembra non esistere.", "La pagina richiesta sembra non esistere più."),
        "norecord": ("L'identificativo richiesto non corrisponde ad alcun record.",),
        "offlimits": ("Il forum che stai cercando non esiste o non è accessibile per te.", "La discussione o sezione che stai cercando non esiste o non è accessibile."),
        "specified": ("L'argomento specificato non esiste.", "La discussione indicata non esiste."),
    },
    "nl": {
        "seems": ("Het onderwerp dat je zoekt lijkt niet te bestaan.", "De opgevraagde pagina lijkt niet meer te bestaan."),
        "norecord": ("De opgevraagde id komt niet overeen met een record.",),
        "offlimits": ("Het forum dat je zoekt ontbreekt of is niet toegankelijk voor jou.", "Het onderwerp of forum dat je zoekt bestaat niet."),
        "specified": ("Het opgegeven onderwerp bestaat niet.", "Het opgegeven bericht is niet gevonden."),
    },
    "pl": {
        "seems": ("Wątek, którego szukasz, wydaje się nie istnieć.", "Żądana strona prawdopodobnie już nie istnieje."),
        "norecord": ("Żądany identyfikator nie odpowiada żadnemu rekordowi.",),
        "offlimits": ("Forum, którego szukasz, nie istnieje lub nie jest dla ciebie dostępne.", "Temat lub dział, którego szukasz, nie istnieje."),
        "specified": ("Podany wątek nie istnieje.", "Wskazany temat nie istnieje."),
    },
    "ru": {
        "seems": ("Тема, которую вы ищете, похоже, не существует.", "Запрошенная страница, по-видимому, больше не существует."),
        "norecord": ("Запрошенный идентификатор не соответствует ни одной записи.",),
        "offlimits": ("Раздел, который вы ищете, отсутствует или недоступен для вас.", "Раздел или форум, которые вы ищете, похоже, отсутствуют."),
        "specified": ("Указанная тема не существует.", "Указанная страница не найдена."),
    },
    "uk": {
        "seems": ("Тема, яку ви шукаєте, схоже, не існує.",),
        "norecord": ("Запитаний ідентифікатор не відповідає жодному запису.",),
        "offlimits": ("Розділ, який ви шукаєте, відсутній або недоступний для вас.", "Тема або розділ, які ви шукаєте, не існує."),
        "specified": ("Вказана тема не існує.", "Зазначену сторінку не знайдено."),
    },
    "cs": {
        "seems": ("Vlákno, které hledáte, zřejmě neexistuje.",),
        "norecord": ("Požadovaný identifikátor neodpovídá žádnému záznamu.",),
        "offlimits": ("Fórum, které hledáte, chybí nebo pro vás není dostupné.", "Vlákno nebo fórum, které hledáte, chybí."),
        "specified": ("Zadané vlákno neexistuje.", "Zadaná stránka nebyla nalezena."),
    },
    "sv": {
        "seems": ("Tråden du letar efter verkar inte finnas.",),
        "norecord": ("Det begärda id:t motsvarar ingen post.",),
        "offlimits": ("Forumet du söker saknas eller är inte tillgängligt för dig.",),
        "specified": ("Det angivna ämnet finns inte.", "Tråden du angav existerar inte."),
    },
    "tr": {
        "seems": ("Aradığınız konu mevcut değil gibi görünüyor.",),
        "norecord": ("İstenen kimlik hiçbir kayıtla eşleşmiyor.",),
        "offlimits": ("Aradığınız forum mevcut değil veya size açık değil.",),
        "specified": ("Belirtilen konu mevcut değil.", "Belirttiğiniz konu bulunamadı."),
    },
    "ja": {
        "seems": ("お探しのトピックは存在しないようです。",),
        "norecord": ("指定されたIDに該当するレコードはありません。",),
        "offlimits": ("お探しの掲示板は存在しないか、アクセスできません。",),
        "specified": ("指定されたトピックは存在しません。", "指定されたページが見つかりません。"),
    },
    "zh": {
        "seems": ("您要找的帖子似乎不存在。",),
        "norecord": ("请求的标识符没有对应的记录。",),
        "offlimits": ("您要找的版块不存在或您无权访问。",),
        "specified": ("指定的主题不存在。", "您指定的页面不存在。"),
    },
    "ko": {
        "seems": ("찾으시는 게시글이 존재하지 않는 것 같습니다.",),
        "norecord": ("요청한 식별자와 일치하는 레코드가 없습니다.",),
        "offlimits": ("찾으시는 게시판이 없거나 접근할 수 없습니다.",),
        "specified": ("지정한 게시글이 존재하지 않습니다.",),
    },
    "id": {
        "seems": ("Topik yang Anda cari sepertinya tidak ada.",),
        "norecord": ("ID yang diminta tidak cocok dengan data apa pun.",),
        "offlimits": ("Forum yang Anda cari tidak ada atau tidak tersedia untuk Anda.",),
        "specified": ("Topik yang ditentukan tidak ada.",),
    },
    "vi": {
        "seems": ("Chủ đề bạn đang tìm có vẻ không tồn tại.",),
        "norecord": ("Mã định danh được yêu cầu không khớp với bản ghi nào.",),
        "offlimits": ("Diễn đàn bạn tìm không tồn tại hoặc bạn không có quyền truy cập.",),
        "specified": ("Chủ đề được chỉ định không tồn tại.",),
    },
    "ar": {
        "seems": ("يبدو أن الموضوع الذي تبحث عنه غير موجود.",),
        "norecord": ("المعرف المطلوب لا يطابق أي سجل.",),
        "offlimits": ("المنتدى الذي تبحث عنه غير موجود أو غير متاح لك.",),
        "specified": ("الموضوع المحدد غير موجود.",),
    },
    "el": {
        "seems": ("Το θέμα που ψάχνετε φαίνεται να μην υπάρχει.",),
        "norecord": ("Το ζητούμενο αναγνωριστικό δεν αντιστοιχεί σε καμία εγγραφή.",),
        "offlimits": ("Η ενότητα που ψάχνετε λείπει ή δεν είναι διαθέσιμη για εσάς.",),
        "specified": ("Το καθορισμένο θέμα δεν υπάρχει.",),
    },
    "sr": {
        "seems": ("Тема коју тражите изгледа не постоји.",),
        "norecord": ("Тражени идентификатор не одговара ниједном запису.",),
        "offlimits": ("Форум који тражите недостаје или вам није доступан.", "Форум или одељак који тражите не постоји."),
        "specified": ("Наведена тема не постоји.",),
    },
}  # fmt: skip

# Their look-alikes: a search or a form that matches nothing, a field missing, a guess in
# science, a help page's invitation; read as no statement of the page's own.
LIVE23: dict[str, tuple[str, ...]] = {
    "en": ("Your search did not match any documents.",
           "The email address you entered does not match any account.", "The requested field is missing from the form.",
           "Enter the identifier of the record you are looking for.", "It seems not to exist in nature, the biologists say."),
    "es": ("Tu búsqueda no coincide con ningún documento.",),
    "de": ("Ihre Suche entspricht keinem Dokument.", "Im Formular fehlt das angegebene Feld."),
    "fr": ("Votre recherche ne correspond à aucun document.",),
    "it": ("La tua ricerca non corrisponde ad alcun documento.",),
    "pt": ("Sua pesquisa não corresponde a nenhum documento.",),
    "nl": ("Je zoekopdracht komt niet overeen met een document.",),
    "ru": ("Ваш запрос не соответствует ни одному документу.",),
    "sv": ("Din sökning motsvarar ingen artikel.",),
    "ja": ("検索条件に該当するレコードはありません。",),
    "zh": ("没有与您的搜索匹配的记录。",),
    "ko": ("검색 조건과 일치하는 레코드가 없습니다.",),
    "id": ("Tidak ada hasil untuk topik yang Anda cari.", "Topik yang Anda cari tidak ada di forum ini? Buat topik baru."),
    "tr": ("Arama kriterlerinize hiçbir kayıt eşleşmiyor.",),
    "cs": ("Ve formuláři chybí zadané pole.",),
}  # fmt: skip


# The shapes a forum's, a tracker's or a repository's software words a dead address in, which
# the book read in few languages (issue 15, wave 23 round two): the link the visitor *followed*
# is invalid or out of date (said of the link, not the page); a thing *numbered* after its
# noun ("Ticket #4412", "Revision 88") does not exist; the thing sought does not exist *or you
# may not see it*. Written for this matrix in tracker, board and archive words, 24 languages.
SHAPES24 = ("badlink", "numbered", "unseen")

MATRIX24: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "badlink": ("The link you clicked is invalid or out of date.", "The link you used is wrong or has expired."),
        "numbered": ("Changeset #8812 does not exist.", "Issue #57 was not found."),
        "unseen": ("The thread you asked for does not exist or you are not allowed to view it.",),
    },
    "de": {
        "badlink": ("Der aufgerufene Link ist ungültig oder veraltet.",),
        "numbered": ("Ticket #2210 existiert nicht.",),
        "unseen": ("Das gesuchte Thema existiert nicht oder du darfst es nicht sehen.",),
    },
    "fr": {
        "badlink": ("Le lien que vous avez utilisé est erroné ou expiré.",),
        "numbered": ("Le ticket n° 2210 n'existe pas.",),
        "unseen": ("Le sujet demandé n'existe pas ou vous n'avez pas le droit de le consulter.",),
    },
    "es": {
        "badlink": ("El enlace que has usado es incorrecto o ha caducado.",),
        "numbered": ("El ticket #2210 no existe.",),
        "unseen": ("El tema solicitado no existe o no tienes permiso para verlo.",),
    },
    "it": {
        "badlink": ("Il link che hai usato non è valido o è scaduto.",),
        "numbered": ("Il ticket #2210 non esiste.",),
        "unseen": ("La discussione richiesta non esiste o non hai i permessi per vederla.",),
    },
    "pt": {
        "badlink": ("O link que você usou está incorreto ou expirado.",),
        "numbered": ("O ticket #2210 não existe.",),
        "unseen": ("O tópico solicitado não existe ou você não tem permissão para vê-lo.",),
    },
    "nl": {
        "badlink": ("De link die je hebt gebruikt is ongeldig of verlopen.",),
        "numbered": ("Ticket #2210 bestaat niet.",),
        "unseen": ("Het gevraagde onderwerp bestaat niet of je mag het niet bekijken.",),
    },
    "pl": {
        "badlink": ("Użyty link jest błędny lub przestarzały.",),
        "numbered": ("Zgłoszenie #2210 nie istnieje.",),
        "unseen": ("Żądany wątek nie istnieje lub nie masz uprawnień, by go zobaczyć.",),
    },
    "ru": {
        "badlink": ("Ссылка, по которой вы перешли, неверна или устарела.",),
        "numbered": ("Тикет #2210 не существует.",),
        "unseen": ("Запрошенная тема не существует или у вас нет прав на её просмотр.",),
    },
    "uk": {
        "badlink": ("Посилання, за яким ви перейшли, неправильне або застаріле.",),
        "numbered": ("Тікет #2210 не існує.",),
        "unseen": ("Запитана тема не існує або у вас немає прав на її перегляд.",),
    },
    "cs": {
        "badlink": ("Odkaz, který jste použili, je chybný nebo zastaralý.",),
        "numbered": ("Tiket #2210 neexistuje.",),
        "unseen": ("Požadované vlákno neexistuje nebo nemáte oprávnění jej zobrazit.",),
    },
    "sv": {
        "badlink": ("Länken du använde är felaktig eller inaktuell.",),
        "numbered": ("Ärende #2210 finns inte.",),
        "unseen": ("Tråden du söker finns inte eller så får du inte se den.",),
    },
    "da": {
        "badlink": ("Linket, du brugte, er forkert eller forældet.",),
        "numbered": ("Sag #2210 findes ikke.",),
        "unseen": ("Emnet, du søger, findes ikke, eller du har ikke adgang til at se det.",),
    },
    "nb": {
        "badlink": ("Lenken du brukte er feil eller utdatert.",),
        "numbered": ("Sak #2210 finnes ikke.",),
        "unseen": ("Tråden du ser etter finnes ikke, eller du har ikke tilgang til å se den.",),
    },
    "fi": {
        "badlink": ("Käyttämäsi linkki on virheellinen tai vanhentunut.",),
        "numbered": ("Tikettiä #2210 ei ole olemassa.",),
        "unseen": ("Etsimääsi aihetta ei ole olemassa tai sinulla ei ole oikeutta nähdä sitä.",),
    },
    "hu": {
        "badlink": ("A használt link hibás vagy elavult.",),
        "numbered": ("A #2210 jegy nem létezik.",),
        "unseen": ("A keresett téma nem létezik, vagy nincs jogosultságod megtekinteni.",),
    },
    "ro": {
        "badlink": ("Linkul pe care l-ai folosit este greșit sau expirat.",),
        "numbered": ("Tichetul #2210 nu există.",),
        "unseen": ("Subiectul căutat nu există sau nu ai permisiunea să îl vezi.",),
    },
    "tr": {
        "badlink": ("Kullandığınız bağlantı hatalı veya eski.",),
        "numbered": ("#2210 numaralı kayıt mevcut değil.",),
        "unseen": ("Aradığınız konu mevcut değil veya görüntüleme izniniz yok.",),
    },
    "ja": {
        "badlink": ("ご利用のリンクは無効か、期限切れです。",),
        "numbered": ("チケット #2210 は存在しません。",),
        "unseen": ("お探しのスレッドは存在しないか、閲覧する権限がありません。",),
    },
    "zh": {
        "badlink": ("您使用的链接无效或已过期。",),
        "numbered": ("工单 #2210 不存在。",),
        "unseen": ("您要找的主题不存在或您无权查看。",),
    },
    "ko": {
        "badlink": ("사용하신 링크가 잘못되었거나 만료되었습니다.",),
        "numbered": ("티켓 #2210이 존재하지 않습니다.",),
        "unseen": ("찾으시는 게시글이 존재하지 않거나 볼 수 있는 권한이 없습니다.",),
    },
    "he": {
        "badlink": ("הקישור שבו השתמשת שגוי או שפג תוקפו.",),
        "numbered": ("כרטיס #2210 אינו קיים.",),
        "unseen": ("הנושא שחיפשת אינו קיים או שאין לך הרשאה לצפות בו.",),
    },
    "fa": {
        "badlink": ("پیوندی که استفاده کردید نادرست یا منقضی شده است.",),
        "numbered": ("تیکت #2210 وجود ندارد.",),
        "unseen": ("موضوعی که به دنبال آن هستید وجود ندارد یا اجازه دیدن آن را ندارید.",),
    },
    "el": {
        "badlink": ("Ο σύνδεσμος που χρησιμοποιήσατε είναι λανθασμένος ή έχει λήξει.",),
        "numbered": ("Το αίτημα #2210 δεν υπάρχει.",),
        "unseen": ("Το θέμα που ψάχνετε δεν υπάρχει ή δεν έχετε άδεια να το δείτε.",),
    },
}  # fmt: skip

# Their look-alikes: a help page's condition, a bug report that quotes an error, a changelog.
LIVE24: dict[str, tuple[str, ...]] = {
    "en": ("If the link you clicked is invalid or out of date, ask the sender for a new one.",
           "Ticket #2210 does not exist in the old tracker; it was imported as #88.",
           "Expired links are removed after 30 days."),
    "de": ("Wenn der Link ungültig oder veraltet ist, fordern Sie einen neuen an.",),
    "fr": ("Si le lien est erroné ou expiré, demandez-en un nouveau.",),
    "pl": ("Jeśli link jest błędny lub przestarzały, poproś o nowy.",),
    "fi": ("Jos linkki on vanhentunut, pyydä uusi.",),
    "ro": ("Dacă linkul este expirat, cere unul nou.",),
}  # fmt: skip
