"""Subset WenQuanYi Zen Hei to a Chinese charset: python subset_cjk_font.py gbk OUT.ttf"""
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection
charset = sys.argv[1]
chars = set(chr(c) for c in range(0x20, 0x250))
chars |= set(chr(c) for c in range(0x2000, 0x2070)) | set(chr(c) for c in range(0x2100, 0x2200))
chars |= set(chr(c) for c in range(0x3000, 0x3040)) | set(chr(c) for c in range(0xFF00, 0xFFF0))
chars |= set("¥￥×÷№")
for b1 in range(0x81, 0xFF):
    for b2 in range(0x40, 0xFF):
        try:
            ch = bytes([b1, b2]).decode(charset)
        except UnicodeDecodeError:
            continue
        chars.add(ch)
opts = subset.Options()
opts.font_number = 0
opts.hinting = False
opts.drop_tables += ["EBDT", "EBLC", "EBSC", "gasp", "DSIG"]
opts.name_IDs = ["*"]
opts.name_languages = ["*"]
opts.notdef_outline = True
opts.glyph_names = False
font = subset.load_font("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", opts)
sub = subset.Subsetter(opts)
sub.populate(text="".join(chars))
sub.subset(font)
subset.save_font(font, sys.argv[2], opts)
print(len(chars))
