#!/usr/bin/env python
"""Rendition generation: images per second through the media library's pipeline, against
Pillow's plain resize of the same files, measured in the same run.

    .venv/bin/python bench/bench_renditions.py [--rounds 3]

The files: the sample photos (sample/photos/, 1800×1200 JPEG) and two camera-sized JPEGs drawn
here (4000×3000 and 6000×4000, with grain so they do not compress to nothing), with EXIF.

* **ours**: what an upload costs (articles/media: ``imaging.check`` — verify, full decode,
  EXIF orientation —, the public copy re-encoded without metadata, and every rendition of
  ``specs.all_specs``: WebP and JPEG at 320/640/1024/1600 for the whole photo and the 3:2 card
  crop, and the three 1,200-px social crops);
* **Pillow's plain resize**: ``Image.open`` + ``resize`` (default filter) + ``save("JPEG")`` of
  the same files to the same sizes, one JPEG each: no check, no crop, no WebP, no metadata
  work.

Prints images/s and renditions/s for both (per CPU second of this process, so that a shared
machine's other work does not count) and the ratio, then where our time goes.
"""

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image as PILImage  # noqa: E402

from articles.media import imaging, specs  # noqa: E402

LIMITS = {"max_bytes": 100 * 1024 * 1024, "max_pixels": 50_000_000}


def camera_photo(width: int, height: int, seed: int) -> bytes:
    """A camera-sized JPEG: a gradient landscape with grain, and EXIF with GPS."""
    rng = random.Random(seed)
    sky = PILImage.linear_gradient("L").resize((width, height))
    picture = PILImage.merge(
        "RGB", (sky.point(lambda v: v // 2 + 60), sky, sky.point(lambda v: 255 - v // 3))
    )
    grain = PILImage.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    picture = PILImage.blend(picture, grain, 0.12)
    exif = PILImage.Exif()
    exif[0x010F] = "Bench camera"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 50.0, 0.0)}
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def ours(data: bytes, name: str) -> tuple[int, dict]:
    """The upload path without storage, as store.add_image runs it: (renditions made, CPU
    seconds by stage)."""
    timings = {}
    started = time.process_time()
    checked = imaging.check(data, name, **LIMITS)
    timings["check + decode"] = time.process_time() - started
    started = time.process_time()
    imaging.public_copy(checked)
    timings["public copy"] = time.process_time() - started
    wanted = specs.all_specs(checked.width, checked.height, (50, 50))
    for ratio in dict.fromkeys(r for _, r, _ in wanted):
        group = [(w, imaging.parse_ratio(r), f) for w, r, f in wanted if r == ratio]
        started = time.process_time()
        imaging.render_many(checked.image, group, (0.5, 0.5))
        stage = (
            "whole-photo renditions"
            if not ratio
            else ("card crops" if ratio == specs.CARD_RATIO else "social crops")
        )
        timings[stage] = timings.get(stage, 0.0) + time.process_time() - started
    return len(wanted), timings


def sizes_of(data: bytes) -> list[tuple[int, int]]:
    checked = imaging.check(data, "x.jpg", **LIMITS)
    width, height = checked.width, checked.height
    out = []
    for w, r, _ in specs.all_specs(width, height, (50, 50)):
        box = imaging.crop_box(width, height, imaging.parse_ratio(r), (0.5, 0.5))
        out.append(imaging.output_size(box, w))
    return out


def plain(data: bytes, sizes) -> int:
    picture = PILImage.open(io.BytesIO(data))
    for size in sizes:
        picture.resize(size).save(io.BytesIO(), "JPEG")
    return len(sizes)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    files = [(p.name, p.read_bytes()) for p in sorted((ROOT / "sample" / "photos").glob("*.jpg"))]
    files += [
        ("camera-12mp.jpg", camera_photo(4000, 3000, 1)),
        ("camera-24mp.jpg", camera_photo(6000, 4000, 2)),
    ]
    sizes = {name: sizes_of(data) for name, data in files}
    megapixels = (
        sum(
            PILImage.open(io.BytesIO(d)).width * PILImage.open(io.BytesIO(d)).height
            for _, d in files
        )
        / 1e6
    )
    size = sum(len(d) for _, d in files) / 1e6
    print(f"{len(files)} files, {megapixels:.0f} megapixels, {size:.1f} MB")

    rates = {"ours": [], "plain": []}
    made = {"ours": 0, "plain": 0}
    stages: dict[str, float] = {}
    by_file: dict[str, list[float]] = {name: [] for name, _ in files}
    # CPU time (this process), not the wall clock: on a shared machine other people's work
    # would otherwise be counted; rounds interleaved so both sides see the same machine.
    for _ in range(args.rounds):
        started = time.process_time()
        count = 0
        for name, data in files:
            t = time.process_time()
            n, timings = ours(data, name)
            by_file[name].append(time.process_time() - t)
            count += n
            for stage, seconds in timings.items():
                stages[stage] = stages.get(stage, 0.0) + seconds
        rates["ours"].append(len(files) / (time.process_time() - started))
        made["ours"] = count
        started = time.process_time()
        made["plain"] = sum(plain(data, sizes[name]) for name, data in files)
        rates["plain"].append(len(files) / (time.process_time() - started))

    ours_rate, plain_rate = statistics.median(rates["ours"]), statistics.median(rates["plain"])
    per_image = made["ours"] / len(files)
    print(
        f"\nours:          {ours_rate:5.2f} images/s ({ours_rate * per_image:5.1f} renditions/s, "
        f"{per_image:.0f} per image: WebP + JPEG, checked, EXIF stripped)"
    )
    resizes = plain_rate * made["plain"] / len(files)
    print(
        f"Pillow plain:  {plain_rate:5.2f} images/s ({resizes:5.1f} resizes/s, "
        "same sizes, JPEG only)"
    )
    ratios = [o / p for o, p in zip(rates["ours"], rates["plain"], strict=True)]
    rounds = ", ".join(f"{r:.2f}" for r in ratios)
    print(
        f"ratio:         {statistics.median(ratios):.2f}× Pillow's plain resize (rounds: {rounds})"
    )
    total = sum(stages.values())
    print("\nwhere our time goes: " + ", ".join(f"{k} {v / total:.0%}" for k, v in stages.items()))
    for name in ("camera-12mp.jpg", "camera-24mp.jpg"):
        print(f"  {name}: {statistics.median(by_file[name]):.2f} CPU s per upload")


if __name__ == "__main__":
    main()
