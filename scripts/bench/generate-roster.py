#!/usr/bin/env python3
"""Writes a realistic delegate roster CSV for benchmarks and demos, the same for the same seed.

Vietnamese names follow the real frequency of family names; delegates sit in the real 34 provinces and
3,321 communes of the 2025 reform (course-catalog/reference/); the term is 2026-2031 and about 60% are
first-time delegates. Usage: generate-roster.py ROWS [--seed N] [--out FILE]
"""
import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Share of the population, after the usual surveys (Nguyễn ≈ 38%, Trần ≈ 11%, Lê ≈ 9.5%, …).
FAMILY_NAMES = [
    ("Nguyễn", 38.4), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.1), ("Hoàng", 4.1), ("Huỳnh", 1.0),
    ("Phan", 4.5), ("Vũ", 3.9), ("Võ", 1.0), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Đinh", 0.6), ("Đào", 0.5), ("Trịnh", 0.5), ("Mai", 0.4),
    ("Lương", 0.4), ("Lâm", 0.3), ("Tạ", 0.3), ("Hà", 0.5), ("Chu", 0.2), ("Quách", 0.2), ("Triệu", 0.2),
    ("Cao", 0.3), ("Lò", 0.2), ("Vi", 0.1), ("Hứa", 0.1), ("Kiều", 0.1),
]
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Xuân", "Ngọc", "Duy", "Tiến", "Mạnh"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Hồng", "Thùy", "Mỹ", "Phương"]
GIVEN_MALE = ["An", "Anh", "Bình", "Cường", "Dũng", "Đông", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Long",
              "Minh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu"]
GIVEN_FEMALE = ["An", "Anh", "Ánh", "Ân", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai",
                "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Vân", "Yến", "Huyền"]
POSITIONS = ["Đại biểu", "Chủ tịch HĐND", "Phó Chủ tịch HĐND", "Trưởng Ban Pháp chế", "Trưởng Ban Kinh tế - Ngân sách",
             "Phó Trưởng Ban Văn hóa - Xã hội", "Ủy viên Thường trực"]
HEADER = ["code", "full_name", "gender", "birth_date", "national_id", "phone", "email", "body", "province_code",
          "commune_code", "term", "first_time", "full_time", "position"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with open(ROOT / "course-catalog/reference/vn_admin_units.csv", encoding="utf-8") as f:
        communes = [(row["province_code"], row["ward_code"]) for row in csv.DictReader(f)]
    provinces = sorted({province for province, _ in communes})
    families, weights = zip(*FAMILY_NAMES)

    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for number in range(args.rows):
        female = rng.random() < 0.3
        name = " ".join([
            rng.choices(families, weights)[0],
            rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
            rng.choice(GIVEN_FEMALE if female else GIVEN_MALE),
        ])
        year = rng.randint(1960, 1998)
        share = rng.random()
        if share < 0.002:
            body, province, commune = "national_assembly", rng.choice(provinces), ""
        elif share < 0.04:
            body, province, commune = "province_council", rng.choice(provinces), ""
        else:
            province, commune = rng.choice(communes)
            body = "commune_council"
        # CCCD: 3-digit place code, a digit for century and gender, 2 digits of the year, 6 of serial.
        century_gender = (2 if year < 2000 else 0) + (1 if female else 0)
        national_id = f"{rng.randint(1, 96):03d}{century_gender}{year % 100:02d}{number % 1_000_000:06d}"
        writer.writerow([
            f"DB{number:07d}", name, "nữ" if female else "nam",
            f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", national_id,
            f"09{rng.randint(0, 99_999_999):08d}", f"db{number:07d}@hdnd.gov.vn", body, province, commune,
            "2026-2031", "x" if rng.random() < 0.6 else "", "x" if rng.random() < 0.1 else "",
            rng.choice(POSITIONS),
        ])


if __name__ == "__main__":
    main()
