"""Errors a service raises for the user to read. Each carries a stable `code` and its
parameters so the UI can show a translated sentence; `str()` is the English one."""

from __future__ import annotations


class DomainError(Exception):
    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Bad input from the user: which field and why."""

    code = "invalid"

    def __init__(self, message: str, field: str | None = None, **params: object) -> None:
        super().__init__(message, field=field, **params)
        self.field = field


class NotFound(DomainError):
    code = "not_found"


class PermissionDenied(DomainError):
    code = "permission_denied"


class IllegalTransition(DomainError):
    code = "illegal_transition"


class AuthenticationFailed(DomainError):
    code = "auth_failed"


class AccountLocked(DomainError):
    code = "account_locked"


class PasswordChangeRequired(DomainError):
    """The password was right but is an initial one (`carrier-app init`): it must be changed
    before the account may act. Params: username."""

    code = "password_change_required"


class StoreUnavailable(DomainError):
    """The database cannot be reached, is read-only, locked or of an unknown schema."""

    code = "store_unavailable"


class SchemaTooNew(StoreUnavailable):
    code = "schema_too_new"


class WrongLocation(DomainError):
    """A parcel scanned or handled at a place that is not on its path (a missort or
    misroute), or not at its destination branch for an assignment or a delivery.
    Params: code, status, at (where it is), location (where the action was), destination,
    destination_label, reason (see core.location)."""

    code = "wrong_location"
