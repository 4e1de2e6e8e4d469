"""Smoke check of the build for depot PCs (`make dist` runs it after PyInstaller):

    python packaging/smoke.py [dist/carrier-app]

Runs the BUILT executables (not Python) on fresh temporary databases, Qt offscreen:
  1. the bundle holds what the spec ships (migrations, compiled translations, fonts, Qt's
     platform plugins and its own translations, jionlp's dictionaries);
  2. `carrier-app-cli init` sets up a real depot on an empty SQLite database (migrations run);
  3. `demo`, then `import-orders` creates a waybill for a recipient with a Chinese name, and
     `labels` prints it to PDF (recorded in the print queue); the PDF is rasterised (pypdfium2) and its Code 128 decoded
     (zxing-cpp) and compared to the waybill number, its text (pypdf) holds the recipient's
     name and its CJK font is embedded;
  4. `parse-address` (jionlp's dictionaries) splits an address into province, city, district;
  5. the PostgreSQL driver (psycopg binary) loads: a command pointed at a closed port says the
     server cannot be reached, instead of a missing module;
  6. the GUI: with CARRIER_EXIT_ON_SHOW=1 it shows the log-in window and exits 0; started
     without it on an empty database it creates the schema (as `demo` did) behind the log-in
     window, then stays up (the first-start wizard) with no traceback for some seconds;
  7. nothing was written into the build's folder (on a depot PC it may be read-only).
Prints the folder's size. Exits 1 with `smoke check FAILED: <what>` on the first failure.
Needs the venv's pypdfium2, zxing-cpp, pypdf and pillow (the test extra)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

WIN = sys.platform == "win32"
EXE = ".exe" if WIN else ""
ROOT = Path(__file__).resolve().parent.parent
RECIPIENT = "欧阳娜娜"
ADDRESS = "浙江省杭州市西湖区文三路90号东部软件园3号楼502室"
GUI_SECONDS = 8


class Failed(Exception):
    pass


def check(ok: object, what: str) -> None:
    if not ok:
        raise Failed(what)


def files(path: Path) -> dict[str, tuple[int, int]]:
    return {str(f.relative_to(path)): (f.stat().st_size, f.stat().st_mtime_ns)
            for f in path.rglob("*") if f.is_file()}


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*")
               if f.is_file() and not f.is_symlink()) / 1e6


class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.gui = folder / f"carrier-app{EXE}"
        self.cli = folder / f"carrier-app-cli{EXE}"
        self.internal = folder / "_internal"
        self.work = work
        # Nothing of the build machine's Python or settings: no PYTHON* variables, no
        # CARRIER_* ones, the venv off PATH, Qt's settings and the data folder in `work`.
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PYTHON", "CARRIER_", "VIRTUAL_ENV", "QT_"))}
        venv_bin = str(Path(sys.executable).parent)
        env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                      if p and Path(p) != Path(venv_bin))
        env.update(QT_QPA_PLATFORM="offscreen", CARRIER_SOUND="0", CARRIER_BACKUP_KEEP="0",
                   CARRIER_DATA_DIR=str(work / "data"), XDG_CONFIG_HOME=str(work / "config"),
                   CARRIER_LOCATION="571")
        self.env = env

    def run(self, db: Path | str, *args: str, user: tuple[str, str] | None = None,
            password: str | None = None, expect: int = 0) -> str:
        env = dict(self.env, CARRIER_DB_URL=db if isinstance(db, str) else f"sqlite:///{db}")
        if user:
            env.update(CARRIER_USER=user[0], CARRIER_PASSWORD=user[1])
        if password is not None:
            env["CARRIER_PASSWORD"] = password
        shown = "carrier-app-cli " + " ".join(args)
        try:
            done = subprocess.run([str(self.cli), *args], env=env, cwd=self.work,
                                  capture_output=True, text=True, encoding="utf-8",
                                  timeout=300)
        except subprocess.TimeoutExpired:
            raise Failed(f"`{shown}` did not finish in 300 s") from None
        check(done.returncode == expect,
              f"`{shown}` exited {done.returncode} (expected {expect}):\n"
              f"{done.stdout[-2000:]}{done.stderr[-3000:]}")
        check("Traceback" not in done.stderr, f"`{shown}` printed a traceback:\n{done.stderr}")
        return done.stdout

    def json(self, db: Path | str, *args: str, **kw: object) -> dict:  # type: ignore[type-arg]
        out = self.run(db, *args, "--json", **kw)  # type: ignore[arg-type]
        try:
            return json.loads(out)  # type: ignore[no-any-return]
        except ValueError:
            raise Failed(f"`{' '.join(args)} --json` printed no JSON:\n{out[:2000]}") from None


def step(text: str) -> None:
    print(f"-- {text}", flush=True)


def check_contents(b: Bundle) -> None:
    step("bundle contents")
    check(b.gui.is_file() and b.cli.is_file(), f"no carrier-app{EXE} / carrier-app-cli{EXE} "
          f"in {b.folder}")
    src = sorted(p.name for p in (ROOT / "carrier_app/store/migrations/versions").glob("*.py"))
    got = sorted(p.name for p in
                 (b.internal / "carrier_app/store/migrations/versions").glob("*.py"))
    check(got == src, f"migrations in the bundle {len(got)}, in the source {len(src)}")
    check((b.internal / "carrier_app/store/migrations/env.py").is_file(), "no migrations/env.py")
    check(list((b.internal / "resources/translations").glob("carrier_app_zh_CN.qm")),
          "no compiled resources/translations/carrier_app_zh_CN.qm")
    check(not list((b.internal / "resources/translations").glob("*.ts")),
          "a .ts is shipped: the app would try to compile it with lrelease")
    check((b.internal / "resources/fonts/WenQuanYiZenHei-GBK.ttf").is_file(), "no CJK font")
    check((b.internal / "resources/sounds/ok.wav").is_file(), "no scan sounds")
    qt = b.internal / "PySide6" / ("" if WIN else "Qt")
    plugins = {p.stem.removeprefix("lib") for p in (qt / "plugins/platforms").glob("*")}
    wanted = {"qwindows"} if WIN else {"qoffscreen", "qxcb"}
    check(wanted <= plugins, f"Qt platform plugins {sorted(plugins)}, missing "
          f"{sorted(wanted - plugins)}")
    check((qt / "translations/qtbase_zh_CN.qm").is_file(), "no Qt translations (qtbase_zh_CN)")
    check((b.internal / "jionlp/dictionary/china_location.txt").is_file(),
          "no jionlp dictionaries (china_location.txt)")
    unwanted = [p.name for p in b.internal.rglob("*") if re.search(
        r"WebEngine|Qt6?3D|Quick3D|Designer", p.name)]
    check(not unwanted, f"unused Qt modules shipped: {unwanted[:10]}")


def check_init(b: Bundle) -> None:
    step("init: a real depot on a fresh database")
    done = b.json(b.work / "depot.db", "init", "--site", "571", "--name", "杭州中心",
                  "--admin", "boss", password="Initial-Pass-2026")
    check(done.get("admin") == "boss" and done.get("site") == "571", f"init said {done}")


def check_label(b: Bundle) -> None:
    import pypdfium2 as pdfium
    import zxingcpp
    from PIL import Image
    from pypdf import PdfReader

    db = b.work / "demo.db"
    step("demo, import-orders, labels")
    b.json(db, "demo", "--parcels", "1")
    orders = b.work / "orders.csv"
    orders.write_text("order_ref,recipient_name,recipient_phone,recipient_address,pieces,"
                      f"weight_kg\nSMOKE-1,{RECIPIENT},13812345678,{ADDRESS},1,1.25\n",
                      encoding="utf-8")
    made = b.json(db, "import-orders", str(orders), "--merchant", "M001",
                  user=("clerk", "clerk-demo"))
    check(made.get("created") == 1 and len(made.get("waybills", [])) == 1,
          f"import-orders made no waybill: {made}")
    waybill = made["waybills"][0]
    pdf_path = b.work / "label.pdf"
    printed = b.json(db, "labels", waybill, "-o", str(pdf_path), user=("clerk", "clerk-demo"))
    pdf = pdf_path.read_bytes()
    check(pdf.startswith(b"%PDF"), "labels wrote no PDF")
    check(isinstance(printed.get("print_job"), int) and printed.get("reprinted") == [],
          f"labels recorded no first print in the print queue: {printed}")

    step(f"label PDF: barcode {waybill}, recipient {RECIPIENT}")
    doc = pdfium.PdfDocument(pdf)
    try:
        img = doc[0].render(scale=203 / 72, may_draw_forms=False).to_pil()
    finally:
        doc.close()
    white = Image.new("RGB", img.size, "white")
    white.paste(img.convert("RGB"))
    codes = [r.text for r in zxingcpp.read_barcodes(white.convert("L"))
             if r.format == zxingcpp.BarcodeFormat.Code128]
    check(waybill in codes, f"the label's Code 128 decodes as {codes}, not {waybill}")
    reader = PdfReader(pdf_path)
    text = reader.pages[0].extract_text()
    check(RECIPIENT in text, f"the label's text lacks {RECIPIENT}:\n{text}")
    embedded = []
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        font = font.get_object()
        for desc in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
            fd = desc.get("/FontDescriptor")
            if fd is not None and "/FontFile2" in fd.get_object():
                embedded.append(str(desc.get("/BaseFont")))
    check(any("WenQuanYi" in f for f in embedded),
          f"the CJK font is not embedded (embedded: {embedded})")


def check_address(b: Bundle) -> None:
    step("parse-address (jionlp)")
    got = b.json(b.work / "demo.db", "parse-address",
                 "张三 13812345678 浙江省杭州市西湖区文三路90号")
    want = {"name": "张三", "phone": "13812345678", "province": "浙江省", "city": "杭州市",
            "district": "西湖区"}
    check(all(got.get(k) == v for k, v in want.items()), f"parse-address gave {got}")


def check_postgres_driver(b: Bundle) -> None:
    step("PostgreSQL driver (a closed port: the server is said unreachable)")
    env_url = "postgresql+psycopg://carrier@127.0.0.1:9/carrier?connect_timeout=3"
    done = subprocess.run([str(b.cli), "track", "AA000000015CN"],
                          env=dict(b.env, CARRIER_DB_URL=env_url), cwd=b.work,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    said = done.stdout + done.stderr
    check(done.returncode != 0 and "Traceback" not in said
          and not re.search(r"No module named|Can't load plugin|no pq wrapper", said),
          f"psycopg did not load (exit {done.returncode}):\n{said[-2000:]}")
    print(f"   said: {said.strip().splitlines()[-1] if said.strip() else '(nothing)'}")


def check_gui(b: Bundle) -> None:
    env = dict(b.env, CARRIER_DB_URL=f"sqlite:///{b.work / 'demo.db'}", CARRIER_LANG="zh_CN")
    step("GUI: the log-in window shows (CARRIER_EXIT_ON_SHOW=1)")
    try:
        done = subprocess.run([str(b.gui)], env=dict(env, CARRIER_EXIT_ON_SHOW="1"),
                              cwd=b.work, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise Failed("the GUI did not show its log-in window in 120 s") from None
    check(done.returncode == 0 and "Traceback" not in done.stderr,
          f"the GUI exited {done.returncode}:\n{done.stderr[-3000:]}")

    step("GUI on an empty database: it creates the schema and stays up (first-start wizard)")
    fresh = b.work / "fresh.db"
    log = b.work / "gui.log"
    with log.open("w") as err:
        proc = subprocess.Popen([str(b.gui)], env=dict(env, CARRIER_DB_URL=f"sqlite:///{fresh}"),
                                cwd=b.work, stdout=err, stderr=err)
        try:
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline \
                    and schema_version(fresh) is None:
                time.sleep(0.5)
            time.sleep(GUI_SECONDS)
            code = proc.poll()
        finally:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(30)
    said = log.read_text(errors="replace")
    check(code is None, f"the GUI ended by itself (exit {code}):\n{said[-3000:]}")
    check("Traceback" not in said and "Error" not in said, f"the GUI said:\n{said[-3000:]}")
    made, want = schema_version(fresh), schema_version(b.work / "demo.db")
    check(made is not None and made == want,
          f"the GUI left the new database at schema {made}, `demo` at {want}")


def schema_version(db: Path) -> str | None:
    if not db.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "carrier-app").resolve()
    if not folder.is_dir():
        print(f"smoke check FAILED: no build at {folder} (run make dist)", file=sys.stderr)
        return 1
    started = time.monotonic()
    before = files(folder)
    with tempfile.TemporaryDirectory(prefix="carrier-smoke-") as tmp:
        b = Bundle(folder, Path(tmp))
        try:
            check_contents(b)
            check_init(b)
            check_label(b)
            check_address(b)
            check_postgres_driver(b)
            check_gui(b)
            step("nothing written into the program's folder (it may be read-only)")
            changed = sorted(set(files(folder).items()) ^ set(before.items()))
            check(not changed, f"the programs changed their own folder: {changed[:10]}")
        except Failed as exc:
            print(f"smoke check FAILED: {exc}", file=sys.stderr)
            return 1
    print(f"smoke check passed in {time.monotonic() - started:.0f} s; {folder}: "
          f"{folder_mb(folder):.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
