"""Signatures as vector strokes (a list of strokes, each a list of (x, y) points in the pad's
own pixel space) and their PNG rendering without Qt (Pillow), for when the UI did not pass
one (command line, imports) and for checking that a PNG has ink."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence

from PIL import Image, ImageDraw

from carrier_app.core.errors import ValidationError

# Pillow and its PNG driver load with this module (with the delivery screens and commands),
# not inside the day's first delivery, which they made ~25 ms slower.
Image.preinit()

Strokes = list[list[tuple[float, float]]]

MAX_POINTS = 20_000


def normalise(strokes: Sequence[Sequence[Sequence[float]]]) -> Strokes:
    """Strokes as plain float pairs; refuses anything that is not a list of point lists."""
    out: Strokes = []
    total = 0
    try:
        for stroke in strokes:
            pts = [(round(float(p[0]), 1), round(float(p[1]), 1)) for p in stroke]
            total += len(pts)
            if pts:
                out.append(pts)
    except (TypeError, ValueError, IndexError) as exc:
        raise ValidationError("Signature strokes are not a list of points",
                              field="signature", reason="signature_format") from exc
    if total > MAX_POINTS:
        raise ValidationError("Signature has too many points", field="signature",
                              reason="signature_too_long")
    return out


def to_json(strokes: Strokes) -> str:
    return json.dumps(strokes, separators=(",", ":"))


def from_json(text: str) -> Strokes:
    return normalise(json.loads(text or "[]"))


def render_png(strokes: Strokes, width: int = 600, height: int = 200,
               pen: int = 3) -> bytes:
    """Black ink on white, scaled to fit `width` x `height` keeping the aspect ratio.
    A 1-bit image: the pen draws only black or white, so the pixels are those of a greyscale
    one, in a PNG a third smaller and about twice as fast to make (every delivery makes one)."""
    img = Image.new("1", (width, height), 1)
    draw = ImageDraw.Draw(img)
    pts = [p for s in strokes for p in s]
    if pts:
        x0, y0 = min(p[0] for p in pts), min(p[1] for p in pts)
        x1, y1 = max(p[0] for p in pts), max(p[1] for p in pts)
        margin = 10
        scale = min((width - 2 * margin) / max(x1 - x0, 1), (height - 2 * margin) / max(y1 - y0, 1))
        for s in strokes:
            xy = [(margin + (x - x0) * scale, margin + (y - y0) * scale) for x, y in s]
            if len(xy) == 1:
                x, y = xy[0]
                draw.ellipse((x - pen, y - pen, x + pen, y + pen), fill=0)
            else:
                draw.line(xy, fill=0, width=pen, joint="curve")
    buf = io.BytesIO()
    # Level 3, not 6: a signature of a few strokes encodes in two thirds of the time (0.99
    # against 1.59 ms) in a file a tenth bigger; every delivery makes one.
    img.save(buf, format="PNG", compress_level=3)
    return buf.getvalue()


def ink_ratio(png: bytes) -> float:
    """Share of dark pixels in a PNG: > 0 means something was written."""
    img = Image.open(io.BytesIO(png)).convert("L")
    hist = img.histogram()
    return sum(hist[:128]) / max(1, img.width * img.height)
