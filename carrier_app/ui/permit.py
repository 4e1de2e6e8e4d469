"""Actions a role cannot take stay visible but disabled, with a tooltip naming the roles
that can (core/roles.py GRANTS). Services check again: this is courtesy, not security."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

from carrier_app.core.roles import GRANTS, Actor, Permission
from carrier_app.ui import messages


def roles_that_can(permission: Permission) -> str:
    """The roles holding `permission`, in the user's language (管理员、主管)."""
    sep = QCoreApplication.translate("Permit", ", ")
    return sep.join(messages.role_name(r) for r, grants in GRANTS.items() if permission in grants)


def refusal_tip(permission: Permission) -> str:
    return QCoreApplication.translate("Permit", "Only {roles} can do this").format(
        roles=roles_that_can(permission))


class _Tip(QObject):
    """Keeps the tooltip in the current language."""

    def __init__(self, button: QAbstractButton, permission: Permission) -> None:
        super().__init__(button)
        self.permission = permission
        button.setToolTip(refusal_tip(permission))
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange and isinstance(watched, QAbstractButton):
            watched.setToolTip(refusal_tip(self.permission))
        return False


def permit(button: QAbstractButton, actor: Actor, permission: Permission) -> bool:
    """Whether `actor` may press `button`; when not, it is disabled with the tooltip.
    A page that enables the button later by state writes `setEnabled(state and allowed)`."""
    if actor.can(permission):
        return True
    button.setEnabled(False)
    _Tip(button, permission)
    return False
