#!/usr/bin/env python3
"""The staff console in a real browser (issue 16): headless Chromium from Debian, driven by Selenium.

Usage: console-browser.py BASE-URL SCREENSHOTS-FOLDER STAFF LECTURER ADMIN PASSWORD SESSION-ID OTHER-CLASS
       console-browser.py --surveys BASE-URL SCREENSHOTS-FOLDER STAFF PASSWORD

Signs in as STAFF on a desktop window, checks every page with axe-core (no serious or critical violation),
searches a delegate as it types, enrolls a delegate in B-HN-01 and issues its certificates after the dry run, then on a 360x740 phone marks the whole register of session SESSION-ID one tap
at a time and checks the marks survive a reload and that nothing overflows the screen; signs in as LECTURER and
checks that OTHER-CLASS answers "not found"; signs in as ADMIN, uploads a roster with a mistake and reads the
mistake's line, then uploads it mended and imports it after its dry run. Screenshots of the desktop dashboard and the phone register go to
the folder; on a failure, one of the page it failed on too. Prints what failed and exits 1.

With --surveys (a world whose surveys DG, a class evaluation, and NC, a needs survey, have closed rounds): checks the
survey list, DG's report by class and NC's demand with axe-core, reads DG's workbook, and takes the report and the
demand on the phone, which must not be wider than its screen.
"""
import io
import os
import sys
import time
import urllib.request

import openpyxl

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

SURVEYS = sys.argv[1] == "--surveys"
if SURVEYS:
    BASE, SHOTS, STAFF, PASSWORD = sys.argv[2:6]
else:
    BASE, SHOTS, STAFF, LECTURER, ADMIN, PASSWORD, SESSION, OTHER_CLASS = sys.argv[1:9]


def browser(phone):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi"]:
        options.add_argument(argument)
    if phone:
        options.add_experimental_option(
            "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0, "touch": True}})
    else:
        options.add_argument("--window-size=1280,900")
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def sign_in(driver, username):
    driver.get(BASE + "/")
    wait(driver, ready.presence_of_element_located((By.ID, "username")))
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.sign-in button[type=submit]").click()
    wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, "form.sign-out")))


def wait(driver, condition):
    """Waits up to 20 s for condition; an element the page's script replaced meanwhile is looked up again."""
    return WebDriverWait(driver, 20, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text


def check_accessibility(driver, path, failures):
    """axe-core on the page at path (None: the page the browser is on)."""
    if path is not None:
        driver.get(BASE + path)
    path = path or driver.current_url
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    for violation in results["violations"]:
        if violation["impact"] in ("serious", "critical"):
            nodes = "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
            failures.append(f"axe on {path}: {violation['impact']} {violation['id']} ({violation['help']}) at {nodes}")


def desktop(driver, failures):
    if heading(driver) != "Tổng quan":
        failures.append(f"after sign-in the page is '{heading(driver)}', not Tổng quan")
    driver.save_screenshot(f"{SHOTS}/desktop-dashboard.png")
    for path in ["/", "/classes", "/classes/B-HN-01", f"/sessions/{SESSION}/attendance",
                 "/delegates?q=nguyen", "/delegates/0101", "/audit", "/reports", "/schedule?class=B-HN-01",
                 "/conferences", "/induction/what-if", "/surveys"]:
        check_accessibility(driver, path, failures)
    # Search as one types: no button pressed, the results follow the box.
    driver.get(BASE + "/delegates")
    driver.find_element(By.ID, "q").send_keys("nguyen van an")
    wait(driver, lambda d: "Nguyễn Văn An" in d.find_element(By.ID, "results").text)
    driver.save_screenshot(f"{SHOTS}/desktop-search.png")
    driver.get(BASE + "/schedule?class=B-HN-01")
    driver.save_screenshot(f"{SHOTS}/desktop-schedule.png")
    # A class from enrollment to certificates, through its page's forms.
    driver.get(BASE + "/classes/B-HN-01")
    driver.find_element(By.ID, "delegates").send_keys("7902")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/enrollments'] button").click()
    wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, ".outcome")))
    if "7902" not in driver.find_element(By.CSS_SELECTOR, ".outcome").text:
        failures.append("the enrollment's outcome does not name 7902")
    check_accessibility(driver, None, failures)
    driver.get(BASE + "/classes/B-HN-01")
    driver.find_element(By.CSS_SELECTOR, "form[action$='/certificates'] button").click()
    wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, "form input[name=apply]")))
    driver.find_element(By.CSS_SELECTOR, "form button.primary").click()
    wait(driver, lambda d: "Đã cấp" in d.find_element(By.CSS_SELECTOR, ".lead").text)
    driver.save_screenshot(f"{SHOTS}/desktop-certificates.png")
    check_download(driver, failures)


def workbook_rows(driver, path):
    """The rows of the first sheet of the page's Excel link, fetched with the browser's session, read by openpyxl."""
    driver.get(BASE + path)
    link = driver.find_element(By.PARTIAL_LINK_TEXT, "Excel").get_attribute("href")
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    with urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": cookies})) as answer:
        book = openpyxl.load_workbook(io.BytesIO(answer.read()))
    return [[cell.value for cell in row] for row in book.worksheets[0].iter_rows()]


def check_download(driver, failures):
    """The report page's workbook has its header and Hà Nội's counts as numbers."""
    rows = workbook_rows(driver, "/reports")
    header = next((row for row in rows if row and row[0] == "Mã"), None)
    hanoi = next((row for row in rows if "Thành phố Hà Nội" in row), None)
    if header is None or hanoi is None or not isinstance(hanoi[2], (int, float)):
        failures.append(f"the report's workbook reads {rows}")


def phone(driver, failures):
    driver.get(f"{BASE}/sessions/{SESSION}/attendance")
    rows = driver.find_elements(By.CSS_SELECTOR, ".register li")
    if not rows:
        failures.append("the register has no rows")
    wanted = {}
    for index, row in enumerate(rows):
        status = "absent" if index == len(rows) - 1 else "present"
        row.find_element(By.CSS_SELECTOR, f"button[value={status}]").click()
        wanted[row.get_attribute("id")] = status
    wait(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, "li.saving")
        and d.find_element(By.ID, "marked").text == f"{len(rows)}/{len(rows)}")
    if driver.find_elements(By.CSS_SELECTOR, "li.unsaved"):
        failures.append("some marks were not saved")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    if width > 360:
        failures.append(f"the register is {width} px wide on a 360-px phone")
    small = driver.execute_script(
        "return Array.from(document.querySelectorAll('.choices button'))"
        ".filter(b => b.getBoundingClientRect().height < 44).length")
    if small:
        failures.append(f"{small} attendance buttons are under 44 px tall")
    driver.save_screenshot(f"{SHOTS}/phone-attendance.png")
    driver.refresh()
    for row_id, status in wanted.items():
        pressed = driver.find_element(By.CSS_SELECTOR, f"#{row_id} button[aria-pressed=true]").get_attribute("value")
        if pressed != status:
            failures.append(f"{row_id} reads {pressed} after a reload, not {status}")
    for name, path in [("dashboard", "/"), ("schedule", "/schedule?class=B-HN-01"), ("what-if", "/induction/what-if")]:
        driver.get(BASE + path)
        driver.save_screenshot(f"{SHOTS}/phone-{name}.png")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        if width > 360:
            failures.append(f"the {name} is {width} px wide on a 360-px phone")


def surveys_desktop(driver, failures):
    for path in ["/surveys", "/surveys/DG?by=class", "/surveys/DG?by=module", "/surveys/NC/demand"]:
        check_accessibility(driver, path, failures)
    driver.get(BASE + "/surveys/DG?by=class")
    if not driver.find_elements(By.CSS_SELECTOR, "table.distribution svg.bar rect"):
        failures.append("the survey report draws no bar")
    driver.save_screenshot(f"{SHOTS}/desktop-survey-report.png")
    rows = workbook_rows(driver, "/surveys/DG?by=class")
    mean = next((row for row in rows if row[5] == "noi-dung" and row[6] == "điểm trung bình"), None)
    if mean is None or not isinstance(mean[7], (int, float)):
        failures.append(f"the survey report's workbook reads {rows}")


def surveys_phone(driver, failures):
    for name, path, shown in [("survey-report", "/surveys/DG?by=class", "table.distribution"),
                              ("survey-demand", "/surveys/NC/demand", "table.demand")]:
        driver.get(BASE + path)
        driver.execute_script(f"document.querySelector('{shown}').scrollIntoView()")
        driver.save_screenshot(f"{SHOTS}/phone-{name}.png")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        if width > 360:
            failures.append(f"the {name} is {width} px wide on a 360-px phone")


def sign_in_sheet(driver, failures):
    """The register's link to the printable sheet, whose inline style the browser applies (its hash is allowed)."""
    driver.get(f"{BASE}/sessions/{SESSION}/attendance")
    driver.find_element(By.PARTIAL_LINK_TEXT, "In danh sách ký tên").click()
    wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, "table.roster")))
    collapse = driver.execute_script(
        "return getComputedStyle(document.querySelector('table.roster')).borderCollapse")
    if collapse != "collapse":
        failures.append(f"the sign-in sheet's style was not applied (border-collapse {collapse})")
    driver.save_screenshot(f"{SHOTS}/desktop-sign-in-sheet.png")


def lecturer(driver, failures):
    driver.get(f"{BASE}/classes/{OTHER_CLASS}")
    if heading(driver) != "Không tìm thấy":
        failures.append(f"a lecturer opening {OTHER_CLASS} sees '{heading(driver)}', not Không tìm thấy")


def upload_roster(driver, rows):
    """Uploads a roster CSV of rows from the import page and waits for its review."""
    path = os.path.join(SHOTS, "danh-sach.csv")
    with open(path, "w", encoding="utf-8-sig") as file:
        file.write("code,full_name,body,province_code,commune_code,term\n" + "\n".join(rows) + "\n")
    driver.get(BASE + "/imports")
    driver.find_element(By.ID, "kind").send_keys("Danh sách đại biểu")
    driver.find_element(By.ID, "file").send_keys(path)
    driver.find_element(By.CSS_SELECTOR, "form.upload button[type=submit]").click()
    wait(driver, ready.presence_of_element_located((By.CSS_SELECTOR, "p.lead")))


def admin(driver, failures):
    check_accessibility(driver, "/imports", failures)
    good = "T900,Trần Thị Bình,commune_council,01,00004,2026-2031"
    upload_roster(driver, [good, "T901,Lê Văn Cường,commune_council,99,00004,2026-2031"])
    problems = driver.find_elements(By.CSS_SELECTOR, "table.problems tbody tr")
    if len(problems) != 1 or "dòng 3" not in problems[0].text:
        failures.append(f"the roster's mistake is not shown at line 3: {[row.text for row in problems]}")
    if driver.find_elements(By.CSS_SELECTOR, "form[action^='/imports/']"):
        failures.append("a roster with a mistake can be applied")
    check_accessibility(driver, None, failures)
    driver.save_screenshot(f"{SHOTS}/desktop-import-mistake.png")
    upload_roster(driver, [good])
    if "1 mới" not in driver.find_element(By.CSS_SELECTOR, "p.lead").text:
        failures.append(f"the mended roster's dry run reads '{driver.find_element(By.CSS_SELECTOR, 'p.lead').text}'")
    driver.find_element(By.CSS_SELECTOR, "form[action^='/imports/'] button").click()
    wait(driver, lambda d: "Đã nhập" in d.find_element(By.CSS_SELECTOR, "p.lead").text)
    driver.get(BASE + "/delegates/T900")
    if "Trần Thị Bình" not in driver.find_element(By.TAG_NAME, "main").text:
        failures.append("the imported delegate T900 is not found after the import")


def run(check, phone, username, failures):
    """Runs one check in a browser of its own, signed in as username; a failure is reported with its screenshot."""
    driver = browser(phone)
    try:
        sign_in(driver, username)
        check(driver, failures)
    except Exception as error:  # noqa: BLE001 - every failure is reported, the other checks still run
        driver.save_screenshot(f"{SHOTS}/failed-{check.__name__}.png")
        failures.append(f"{check.__name__}: {type(error).__name__}: {error}")
    finally:
        driver.quit()


failures = []
started = time.monotonic()
if SURVEYS:
    run(surveys_desktop, False, STAFF, failures)
    run(surveys_phone, True, STAFF, failures)
else:
    run(desktop, False, STAFF, failures)
    run(phone, True, STAFF, failures)
    run(sign_in_sheet, False, STAFF, failures)
    run(lecturer, False, LECTURER, failures)
    run(admin, False, ADMIN, failures)
for failure in failures:
    print(failure, file=sys.stderr)
print(f"console-browser: {len(failures)} failures in {time.monotonic() - started:.1f} s")
sys.exit(1 if failures else 0)
