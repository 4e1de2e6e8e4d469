"""The depot's own settings kept in its database (issue 15): `origin` ("demo" or "init":
what made this database) and `site` (the hub or branch code `init` set up)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from carrier_app.store.base import Base


class SiteSetting(Base):
    __tablename__ = "site_settings"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
