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
