"""Write a synthetic corpus of Vietnamese news articles about Party documents, and the truth it planted.

Usage: python bench/generate.py --mb 100 --out DIR [--format txt|jsonl] [--seed 1] [--batch b0] [--number-base 1]

Layout: ``DIR/articles/<batch>/<province>/<n>.txt`` with a ``metadata.json`` per folder (province, outlet,
published, title), or ``DIR/articles/<batch>/<province>.jsonl``; ``DIR/truth/<batch>.jsonl`` holds, per article
(its id when ``DIR/articles`` is built), the documents planted (symbol, type, date, issuer) and the implements
pairs (implementing symbol, implemented symbol). Build with ``vankien build DIR/articles``.

Every province keeps a register of its own plans, programmes and resolutions (each implementing a central
document of ``loaders/data/catalogue.json`` or another local one, dated after it), so several articles name the
same document. A later batch (``--batch b1 --number-base 5001 --seed 2``) adds new articles with new documents.
The same arguments always write the same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TextIO

from loaders.catalogue import load_catalogue
from loaders.identity import all_provinces, slug

# Local document types: (type id, Vietnamese name, symbol code, share of the register).
LOCAL_TYPES = (
    ("plan", "Kế hoạch", "KH", 50),
    ("action_programme", "Chương trình hành động", "CTr", 25),
    ("resolution", "Nghị quyết", "NQ", 10),
    ("directive", "Chỉ thị", "CT", 10),
    ("project", "Đề án", "ĐA", 5),
)
CENTRAL_NOUN = {
    "resolution": "Nghị quyết",
    "conclusion": "Kết luận",
    "directive": "Chỉ thị",
    "regulation": "Quy định",
    "plan": "Kế hoạch",
    "guideline": "Hướng dẫn",
}
SUBJECTS = (
    "nâng cao chất lượng sinh hoạt chi bộ",
    "đẩy mạnh chuyển đổi số trong cơ quan đảng",
    "phát triển kinh tế nông nghiệp gắn với xây dựng nông thôn mới",
    "tăng cường công tác kiểm tra, giám sát của cấp ủy",
    "xây dựng đội ngũ cán bộ cấp cơ sở",
    "phát triển đảng viên trong doanh nghiệp tư nhân",
    "đổi mới công tác dân vận của hệ thống chính trị",
    "phòng, chống tham nhũng, tiêu cực",
    "phát triển du lịch bền vững",
    "bảo vệ nền tảng tư tưởng của Đảng",
)
NOISE = (
    "Trong năm qua, tỉnh đã tổ chức nhiều hoạt động thiết thực nhằm chăm lo đời sống vật chất, tinh thần cho nhân dân.",
    "Tốc độ tăng trưởng kinh tế đạt khá, thu ngân sách vượt dự toán, an sinh xã hội được bảo đảm.",
    "Nhiều mô hình hay, cách làm sáng tạo ở cơ sở được nhân rộng, tạo sức lan tỏa trong cộng đồng.",
    "Công tác cải cách hành chính có chuyển biến rõ nét, sự hài lòng của người dân ngày càng tăng.",
    "Đến tháng 6/2023, toàn tỉnh có 85% số xã đạt chuẩn nông thôn mới, vượt chỉ tiêu đề ra.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm tại hội nghị.",
    "Lực lượng vũ trang tỉnh luôn giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
    "Phong trào thi đua yêu nước được phát động sâu rộng trong cán bộ, đảng viên và các tầng lớp nhân dân.",
    "Tuy nhiên, một số nơi việc triển khai còn chậm, chất lượng chưa đồng đều giữa các địa phương.",
    "Thời gian tới, cần tiếp tục tăng cường sự lãnh đạo của các cấp ủy, phát huy vai trò người đứng đầu.",
)
BYLINES = ("Minh Anh", "Thanh Hà", "Quốc Bảo", "Ngọc Lan", "Hoàng Nam", "T. Huyền")
FURNITURE_END = ("Gửi phản hồi", "In bài viết", "Chia sẻ", "POWERED BY ONECMS")


@dataclass(frozen=True)
class PlantedDocument:
    symbol: str
    type: str
    noun: str
    date: date
    issuer: str
    subject: str
    implements: str | None = None  # symbol of the document it implements


@dataclass
class ProvinceRegister:
    """One province's own documents, and the counters that keep their symbols unique."""

    name: str
    committee: str  # "Tỉnh ủy" | "Thành ủy"
    documents: list[PlantedDocument] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)

    def issuers(self) -> tuple[str, ...]:
        unit = "tỉnh" if self.committee == "Tỉnh ủy" else "thành phố"
        return (f"Ban Thường vụ {self.committee}", self.committee, f"Ban Chấp hành Đảng bộ {unit}")


class Generator:
    """Deterministic article writer: everything random comes from one seeded ``random.Random``."""

    def __init__(self, seed: int, number_base: int) -> None:
        self.rng = random.Random(seed)
        self.number_base = number_base
        self.central = [e for e in load_catalogue().documents if e.type in CENTRAL_NOUN]
        self.registers = [
            ProvinceRegister(p.name, "Thành ủy" if p.kind == "city" else "Tỉnh ủy")
            for p in all_provinces()
            if p.before_2025
        ]

    def new_document(self, register: ProvinceRegister) -> PlantedDocument:
        kind, noun, code, _ = self.rng.choices(LOCAL_TYPES, weights=[t[3] for t in LOCAL_TYPES])[0]
        local = [d for d in register.documents if d.type in ("action_programme", "resolution")]
        if local and kind == "plan" and self.rng.random() < 0.4:
            parent_symbol, parent_date = (p := self.rng.choice(local)).symbol, p.date
        else:
            entry = self.rng.choice(self.central)
            parent_symbol, parent_date = entry.symbol, date.fromisoformat(entry.date)
        number = register.numbers.get(code, self.number_base)
        register.numbers[code] = number + 1
        issued = min(parent_date + timedelta(days=self.rng.randint(15, 400)), date(2025, 12, 31))
        document = PlantedDocument(
            symbol=f"{number}-{code}/TU",
            type=kind,
            noun=noun,
            date=issued,
            issuer=self.rng.choice(register.issuers()),
            subject=self.rng.choice(SUBJECTS),
            implements=parent_symbol,
        )
        register.documents.append(document)
        return document

    def pick_document(self, register: ProvinceRegister) -> PlantedDocument:
        """Mostly a new document, sometimes one other articles of the province already named."""
        if register.documents and self.rng.random() < 0.35:
            return self.rng.choice(register.documents)
        return self.new_document(register)

    def parent_text(self, document: PlantedDocument, register: ProvinceRegister) -> str:
        """How the implemented document is named: central ones with their issuer and date."""
        entry = next((e for e in self.central if e.symbol == document.implements), None)
        if entry is None:
            parent = next(d for d in register.documents if d.symbol == document.implements)
            return f"{parent.noun} số {parent.symbol} ngày {self.spell_date(parent.date)} của {parent.issuer}"
        noun = CENTRAL_NOUN[entry.type]
        issuer = entry.issuer[0] if entry.issuer else "Trung ương"
        when = self.spell_date(date.fromisoformat(entry.date))
        return self.rng.choice(
            (
                f"{noun} số {entry.symbol} ngày {when} của {issuer}",
                f"{noun} số {entry.symbol} của {issuer}",
                f"{noun} {entry.symbol}",
            )
        )

    def spell_date(self, day: date) -> str:
        return self.rng.choice(
            (
                f"{day.day}/{day.month}/{day.year}",
                f"{day.day:02d}/{day.month:02d}/{day.year}",
                f"{day.day}-{day.month}-{day.year}",
            )
        )

    def implementation_sentence(self, document: PlantedDocument, register: ProvinceRegister) -> str:
        """One of several phrasings, the implementing document first or last."""
        parent = self.parent_text(document, register)
        own = f"{document.noun} số {document.symbol}"
        when = self.spell_date(document.date)
        about = f"về {document.subject}"
        return self.rng.choice(
            (
                f"Thực hiện {parent}, ngày {when}, {document.issuer} đã ban hành {own} {about}.",
                f"Để cụ thể hóa {parent}, {document.issuer} ban hành {own} ngày {when} {about}.",
                f"Ngày {when}, {document.issuer} ban hành {own} {about} để thực hiện {parent}.",
                f"{document.issuer} đã ban hành {own} ngày {when} triển khai thực hiện {parent}.",
                f"Quán triệt và triển khai thực hiện {parent}, {document.issuer} ban hành {own} ngày {when}.",
            )
        )

    def article(self, register: ProvinceRegister) -> tuple[str, list[PlantedDocument], date]:
        """The text of one article (title, furniture, paragraphs), the local documents it plants, its date
        (after every document it names: news reports what was issued)."""
        planted = [self.pick_document(register) for _ in range(self.rng.randint(1, 3))]
        planted = list({d.symbol: d for d in planted}.values())
        published = max(d.date for d in planted) + timedelta(days=self.rng.randint(1, 300))
        paragraphs = [self.implementation_sentence(d, register) + " " + self.noise() for d in planted]
        paragraphs += [self.noise() + " " + self.noise() for _ in range(self.rng.randint(2, 9))]
        self.rng.shuffle(paragraphs)
        title = f"{register.committee} {register.name}: đẩy mạnh {planted[0].subject}"
        stamp = (
            f"{published.day:02d}/{published.month:02d}/{published.year} - {self.rng.randint(6, 21):02d}:15"
        )
        comments = f"Bình luận ({self.rng.randint(0, 9)})\nBạn đọc: Bài viết rất thiết thực, cảm ơn tác giả."
        parts = [
            title,
            stamp,
            *paragraphs,
            self.rng.choice(BYLINES),
            *FURNITURE_END[:2],
            comments,
            FURNITURE_END[3],
        ]
        return "\n\n".join(parts) + "\n", planted, published

    def noise(self) -> str:
        return " ".join(self.rng.sample(NOISE, 3))


def truth_record(article_id: str, province: str, planted: list[PlantedDocument]) -> dict[str, object]:
    documents = [
        {"symbol": d.symbol, "type": d.type, "date": d.date.isoformat(), "issuer": d.issuer} for d in planted
    ]
    implements = [[d.symbol, d.implements] for d in planted if d.implements]
    return {"id": article_id, "province": province, "documents": documents, "implements": implements}


def generate(
    out: Path, megabytes: float, seed: int = 1, fmt: str = "txt", batch: str = "b0", number_base: int = 1
) -> tuple[int, int]:
    """Write the corpus and its truth, streaming (nothing held but the sidecars); return (articles, bytes)."""
    generator = Generator(seed, number_base)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    writer = CorpusWriter(out / "articles" / batch, fmt)
    written = count = 0
    with (out / "truth" / f"{batch}.jsonl").open("w", encoding="utf-8") as truth, writer:
        while written < megabytes * 1_000_000:
            register = generator.rng.choice(generator.registers)
            text, planted, published = generator.article(register)
            meta = {
                "province": register.name,
                "outlet": f"Báo {register.name}",
                "published": published.isoformat(),
                "title": text.split("\n", 1)[0],
            }
            article_id = writer.write(slug(register.name), f"{batch}-{count:07d}", text, meta)
            truth.write(
                json.dumps(truth_record(article_id, register.name, planted), ensure_ascii=False) + "\n"
            )
            written += len(text.encode("utf-8"))
            count += 1
    return count, written


class CorpusWriter:
    """Articles as ``<folder>/<name>.txt`` plus a sidecar per folder, or as one ``<folder>.jsonl`` each."""

    def __init__(self, root: Path, fmt: str) -> None:
        self.root, self.fmt = root, fmt
        self.sidecars: dict[str, dict[str, object]] = {}
        self.streams: dict[str, TextIO] = {}

    def __enter__(self) -> CorpusWriter:
        return self

    def write(self, folder: str, name: str, text: str, meta: dict[str, object]) -> str:
        """Write one article; return its id as `vankien build <out>/articles` will see it."""
        if self.fmt == "jsonl":
            if folder not in self.streams:
                self.root.mkdir(parents=True, exist_ok=True)
                self.streams[folder] = (self.root / f"{folder}.jsonl").open("w", encoding="utf-8")
            record = {"id": name, "text": text, "source": meta}
            self.streams[folder].write(json.dumps(record, ensure_ascii=False) + "\n")
            return name
        directory = self.root / folder
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"{name}.txt").write_text(text, encoding="utf-8")
        self.sidecars.setdefault(folder, {})[f"{name}.txt"] = meta
        return f"{self.root.name}/{folder}/{name}.txt"

    def __exit__(self, *exc: object) -> None:
        for stream in self.streams.values():
            stream.close()
        for folder, sidecar in self.sidecars.items():
            text = json.dumps(sidecar, ensure_ascii=False, indent=0)
            (self.root / folder / "metadata.json").write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class Recall:
    """How much of the planted truth an extraction found: documents by symbol, implements by symbol pair."""

    documents_planted: int
    documents_found: int
    implements_planted: int
    implements_found: int

    @property
    def documents(self) -> float:
        return self.documents_found / self.documents_planted if self.documents_planted else 1.0

    @property
    def implements(self) -> float:
        return self.implements_found / self.implements_planted if self.implements_planted else 1.0


def score(
    truth: Iterable[dict[str, Any]], found: Mapping[str, tuple[set[str], set[tuple[str, str]]]]
) -> Recall:
    """Recall of ``found`` (article id -> (symbols, implements symbol pairs)) against truth records."""
    counts = [0, 0, 0, 0]
    for record in truth:
        symbols, pairs = found.get(record["id"], (set(), set()))
        planted = {d["symbol"] for d in record["documents"]}
        wanted = {tuple(pair) for pair in record["implements"]}
        counts[0] += len(planted)
        counts[1] += len(planted & symbols)
        counts[2] += len(wanted)
        counts[3] += len(wanted & pairs)
    return Recall(*counts)


def read_truth(out: Path) -> list[dict[str, Any]]:
    """Every truth record under ``out/truth/`` (all batches)."""
    records = []
    for path in sorted((out / "truth").glob("*.jsonl")):
        with path.open(encoding="utf-8") as stream:
            records += [json.loads(line) for line in stream if line.strip()]
    return records


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--mb", type=float, default=1.0, help="size of the article text to write, in MB")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--format", choices=("txt", "jsonl"), default="txt")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", default="b0", help="subfolder of articles/ and name of the truth file")
    parser.add_argument("--number-base", type=int, default=1, help="first number of each symbol series")
    args = parser.parse_args()
    count, size = generate(args.out, args.mb, args.seed, args.format, args.batch, args.number_base)
    print(f"wrote {count} articles, {size / 1e6:.1f} MB, to {args.out / 'articles' / args.batch}")


if __name__ == "__main__":
    main()
