"""Counter acceptance (issue 14): the prohibited/restricted contents list (禁寄/限寄) and the
per-database secret the sender ID hashes are keyed with."""

from __future__ import annotations

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class ProhibitedWord(Base):
    __tablename__ = "prohibited_words"

    id: Mapped[int] = mapped_column(primary_key=True)
    word: Mapped[str] = mapped_column(String(40), unique=True)
    category: Mapped[str] = mapped_column(String(16))   # PROHIBITED | RESTRICTED
    note: Mapped[str] = mapped_column(String(120), default="")


class AppSecret(Base):
    """Secrets made for this database (`id_key`: the HMAC key of sender ID hashes)."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
