# ruff: noqa: E501  (pages written one a line: data)
"""A notice on the item's state, weighed by what of the item is left beside it, through a real run.

The same notice ("This article has been withdrawn", "This product has been discontinued") is a
gone page where nothing of the item stands beside it but the site's chrome, a way back, a
related rail or a reference list, and a note on a live page where the item's own content
follows it (specifications, a manual, a description, an abstract), whatever the title's
wording of the item's name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from curator.classify.item_notice import names_titled_item
from curator.settings import FetchSettings
from curator.states import LinkState
from fixtureweb import FixtureWeb
from sitepage import site_page, states_of_pages

REFERENCES = "<h2>References</h2>" + "".join(
    f"<p>Author {n}, et al. Bone density after {n} years of follow-up. J. Spine Res. {n}, {100 + n} (20{10 + n}).</p>"
    for n in range(1, 13)
)
RELATED = "<h3>You may also like</h3>" + "".join(
    f"<h4><a href='/monographs/drug-{n}'>Drug {n} tablets</a></h4><p>Posted {n}/11/2026</p>"
    for n in range(1, 5)
)
# a footer of prose long enough to put the page past the thin gate (400 words)
LONG_FOOTER = (
    "<p>"
    + " ".join(
        "Our editors review every entry against the manufacturer's current information and the national formulary."
        for _ in range(40)
    )
    + "</p>"
)


def _full_template(site: str, main: str, title: str) -> str:
    """A page in a database's full template: header, menus, the main area, a long footer."""
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(20))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><header><a href='/'>{site}</a><ul>{menu}</ul></header><main>{main}</main>"
        f"<footer>{LONG_FOOTER}<p>© 2026 {site}</p></footer></body></html>"
    )


def test_a_notice_over_nothing_of_the_item_is_soft_dead(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A withdrawn paper whose page keeps only its reference list, a monograph withdrawn under
    a related rail, a retired calculator, an expired job ad keeping only a help box's two
    lines under a subheading, and an entry withdrawn inside a database's full template (past
    the thin gate): the notice is the page. Before, the reference list and the
    rail read as the item's own words and the notice as a note over them."""
    pages = {
        "paper": ("j.example", "/article/S1529-9430(24)00412-7", site_page("Journal of Spine Research", "<h1>WITHDRAWN: Lumbar fusion outcomes at five years</h1><p>This article has been withdrawn at the request of the author(s) and/or editor. The Publisher apologizes for any inconvenience this may cause.</p>" + REFERENCES, "WITHDRAWN: Lumbar fusion outcomes at five years - Journal of Spine Research")),
        "monograph": ("m.example", "/monographs/ranitidine-150-mg-tablets", site_page("MedRef", "<h1>Ranitidine 150 mg tablets</h1><p>This monograph has been withdrawn.</p><p>Search the database or browse drugs A–Z.</p>" + RELATED, "Ranitidine 150 mg tablets | MedRef")),
        "calculator": ("c.example", "/tools/bmi-calculator-children-teens", site_page("Child Health Tools", "<h1>BMI calculator for children and teens</h1><p>This tool has been retired.</p><p><a href='/tools'>All our tools</a></p>", "BMI calculator for children and teens | Child Health Tools")),
        "help-box": ("a.example", "/jobs/office-manager-leeds", site_page("CareJobs", "<h1>Office Manager</h1><p>This job has expired.</p><h2>What next</h2><p>Sign up for job alerts to hear about new roles.</p><p>Browse all our vacancies in Leeds.</p>", "Office Manager – CareJobs")),
        "full-template": ("d.example", "/drugs/metamizol-drops", _full_template("DrugBase", "<h1>Metamizol drops 500 mg/ml</h1><p>This monograph has been withdrawn.</p><p><a href='/drugs'>Find a drug</a></p>", "Metamizol drops 500 mg/ml | DrugBase")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name, (state_, reason) in said.items():
        assert state_ is LinkState.SOFT_DEAD, (name, reason)
        assert "the page is kept" not in reason, (name, reason)
    for name in ("monograph", "calculator", "full-template"):
        assert "and nothing of it is left" in said[name][1], said[name]


def test_a_notice_over_the_items_own_content_stays_alive(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A discontinued product's support page with its specifications and manual, and a closed
    job listing with its description and salary, each under a title that names the item in
    other words than its heading (before, the heading had to stand in the title whole, and the
    notice convicted both); a retracted paper with its abstract and methods; an expired
    listing with its description, photos and details but no table. The reason says what of the
    item is there."""
    pages = {
        "product": ("p.example", "/support/smart-plug-sp40", site_page("Acme Home Support", "<h1>SP-40 Smart Plug</h1><p class='notice'>This product has been discontinued.</p><p>The SP-40 switches loads up to 16 A and reports energy use every 10 seconds. It pairs over 2.4 GHz Wi-Fi and keeps its schedule if the network drops.</p><table><tr><th>Rated current</th><td>16 A</td></tr><tr><th>Standby power</th><td>0.6 W</td></tr></table><p><a href='/dl/sp40-manual.pdf'>SP-40 user manual (PDF)</a></p>", "SP-40 support – Acme Home")),
        "job": ("k.example", "/jobs/physiotherapist-band-6-44102", site_page("CareJobs", "<h1>Physiotherapist (Band 6), Musculoskeletal Outpatients</h1><p class='closed'>This listing is closed. Applications are no longer accepted.</p><h2>About the role</h2><p>You will run your own caseload of adult outpatients with back and neck pain, lead a weekly exercise class and supervise two junior physiotherapists on rotation across our three community clinics.</p><dl><dt>Salary</dt><dd>£35,392 to £42,618 a year</dd><dt>Hours</dt><dd>37.5 a week</dd></dl>", "Physiotherapist, Band 6 – CareJobs")),
        "retracted": ("r.example", "/article/S1529-9430(23)00871-2", site_page("Journal of Spine Research", "<h1>RETRACTED: Core training and chronic low back pain</h1><p>This article has been retracted.</p><h2>Abstract</h2><p>We randomised 212 adults with chronic low back pain to eight weeks of supervised core training or usual care and measured disability at twelve weeks; the training group reported less disability, though the difference narrowed by one year.</p><h2>Methods</h2><p>Participants were recruited from four primary care practices and assessed by physiotherapists blind to allocation, using the Oswestry index.</p>" + REFERENCES, "RETRACTED: Core training and chronic low back pain - Journal of Spine Research")),
        "listing-photos": ("v.example", "/tin/can-ho-2pn-quan-7-66120", site_page("Nhà Đất Sài Gòn", "<h1>Căn hộ 2 phòng ngủ Quận 7</h1><p class='het-han'>Tin đăng đã hết hạn.</p><p>Căn hộ tầng cao, ban công hướng đông nam, nội thất đầy đủ, gần trường học và siêu thị, an ninh 24 giờ.</p><p><img src='/a/66120-1.jpg' alt='Phòng khách'><img src='/a/66120-2.jpg' alt='Phòng ngủ'></p><ul><li>Diện tích 72 m²</li><li>Giá 3,2 tỷ</li></ul>", "Căn hộ 2 phòng ngủ Quận 7 | Nhà Đất Sài Gòn", lang="vi")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    for name in ("product", "job", "listing-photos"):
        assert "over its own content under" in said[name][1], said[name]
        assert "the page is kept" in said[name][1], said[name]


def test_short_lines_of_the_item_under_a_subheading_add_up_to_the_item_kept(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """An expired job ad whose duties are short lines under "Key duties", and an archived
    leaflet whose steps are short paragraphs under "Steps" (review 14: the lead stopped at the
    subheading and each line was too short to count, so the notice convicted both). The item's
    content under a subheading is still the item's, and a list of short lines adds up; a
    reference list, a related rail (the soft-dead test above) or a help box's line or two
    under the same notice still is not."""
    pages = {
        "job": ("jobs.example", "/jobs/pharmacy-technician-hull", site_page("CareJobs", "<h1>Pharmacy Technician</h1><p>This job has expired.</p><h2>Key duties</h2><p>Check and label prescriptions for the wards each morning.</p><p>Order stock and keep the controlled drugs register.</p><p>Answer questions from nurses on the phone.</p><h2>About us</h2><p>We are a busy hospital pharmacy in Hull.</p>", "Pharmacy Technician – CareJobs")),
        "leaflet": ("health.example", "/leaflets/nasal-spray", site_page("Health Guides", "<h1>Using a nasal spray</h1><p>This page has been archived.</p><h2>Steps</h2><p>Blow your nose gently.</p><p>Shake the bottle well.</p><p>Tilt your head forward a little.</p><p>Spray once into each nostril.</p>", "Using a nasal spray | Health Guides")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert {name: s for name, s in said.items() if s[0] is not LinkState.ALIVE} == {}
    assert "the page is kept" in said["job"][1], said["job"]


def test_a_heading_names_an_item_the_title_names_by_a_word_or_code_not_by_the_sites_name() -> None:
    assert names_titled_item("SP-40 Smart Plug", "SP-40 support – Acme Home")
    assert names_titled_item("Physiotherapist (Band 6)", "Physiotherapist, Band 6 – CareJobs")
    assert names_titled_item("Ranitidine 150 mg tablets", "Ranitidine 150 mg tablets | MedRef")
    # the title's last segment is the site's: its words in a heading name no item
    assert not names_titled_item("Acme Home Help", "Sorry, we couldn't find that – Acme Home")
    assert not names_titled_item("This page is gone!", "This page is gone! | Acme")
    assert not names_titled_item(None, "Ranitidine | MedRef")


def test_a_closed_thread_over_its_posts_stays_alive_and_a_deleted_one_is_gone(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A forum thread titled by its question, "Тема закрыта" over the question and its
    answers: the thread's state over its own posts, which the page still holds (before, the
    question heading named no item and the state line convicted it). Its twin keeps the
    question as heading over "Тема удалена" and a way back: nothing of it is left."""
    question = "Какую катушку взять для спиннинга?"
    posts = "<div class='post'><p>ivan_p: Подскажите катушку для спиннинга до пяти тысяч рублей, ловлю щуку на Волге.</p></div><div class='post'><p>sergey_m: Бери Shimano размера 2500, два сезона без проблем, фрикцион плавный.</p></div><div class='post'><p>ivan_p: Спасибо, взял такую, на Волге всё работает отлично.</p></div>"
    pages = {
        "closed": ("forum.example", "/t/katushka/412", site_page("Форум рыбаков", f"<h1>{question}</h1><p>Тема закрыта</p>{posts}", f"{question} - Форум рыбаков")),
        "deleted": ("forum.example", "/t/katushka/413", site_page("Форум рыбаков", f"<h1>{question}</h1><p>Тема удалена.</p><p><a href='/'>Вернуться к списку тем</a></p>", f"{question} - Форум рыбаков")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    assert said["closed"][0] is LinkState.ALIVE, said["closed"]
    assert f"over its own content under “{question}”" in said["closed"][1], said["closed"]
    assert said["deleted"][0] is LinkState.SOFT_DEAD, said["deleted"]


def test_a_thread_closed_or_an_event_over_keeps_its_page_under_any_heading(
    tmp_path: Path, web: FixtureWeb, fast_settings: Callable[..., FetchSettings]
) -> None:
    """A state a conversation or an event keeps its content through ("Тема закрыта", "این
    موضوع بسته شده است", "This event has ended") over its posts or its programme, under a
    heading that names the problem or the event and is no question: the page stands, read-only
    (before, only a question heading the title repeats kept a closed thread). The same
    heading over "Тема удалена" and a way back is still gone."""
    problem = "Не печатаются этикетки после обновления драйвера"
    posts = "<div class='post'><p>После обновления драйвера принтер берёт ленту, но печатает пустые этикетки, калибровка не помогает.</p></div><div class='post'><p>Откатите драйвер до прошлой версии и заново выставьте плотность печати.</p></div>"
    thread = "لنز روی دوربین فوکوس نمی‌کند"
    answers = "<div class='post'><p>لنز تازه را روی دوربین گذاشتم ولی فوکوس خودکار کار نمی‌کند و فقط صدای موتور می‌آید.</p></div><div class='post'><p>کلید کنار لنز را روی حالت خودکار بگذارید و اتصالات را تمیز کنید.</p></div>"
    pages = {
        "ru": ("labels.example", "/t/50817", site_page("Клуб Zebra", f"<h1>{problem}</h1><p><strong>Тема закрыта.</strong></p>{posts}", f"{problem} - Клуб Zebra", "ru")),
        "fa": ("lens.example", "/topic/6612", site_page("انجمن عکاسان", f"<h1>{thread}</h1><p>این موضوع بسته شده است.</p>{answers}", f"{thread} - انجمن عکاسان", "fa")),
        "deleted": ("labels.example", "/t/50902", site_page("Клуб Zebra", f"<h1>{problem}</h1><p>Тема удалена.</p><p><a href='/'>Вернуться к списку тем</a></p>", f"{problem} - Клуб Zebra", "ru")),
    }  # fmt: skip
    said = states_of_pages(tmp_path, web, fast_settings, pages)
    for name in ("ru", "fa"):
        assert said[name][0] is LinkState.ALIVE, said[name]
        assert "a state it keeps its content through" in said[name][1], said[name]
    assert said["deleted"][0] is LinkState.SOFT_DEAD, said["deleted"]
