"""All mapped tables. Each capability keeps its tables in its own module here."""

from carrier_app.store.base import Base
from carrier_app.store.models.acceptance import AppSecret, ProhibitedWord
from carrier_app.store.models.billing import Bill, BillLine
from carrier_app.store.models.delivery import (
    CashUp, CashUpApproval, CashUpLine, CashUpParcel, DeliveryAttempt, DeliveryRun,
    ProofOfDelivery, RunItem, SettledParcel, Settlement,
)
from carrier_app.store.models.money import FreightCharge
from carrier_app.store.models.network import Branch, Courier, Hub, Route
from carrier_app.store.models.hub import (
    ArrivalScan, ArrivalSession, Bag, BagItem, Manifest, ManifestItem, PickupItem, PickupRequest,
    Receipt,
)
from carrier_app.store.models.parcels import (
    NumberSequence, Parcel, Piece, RejectedScan, ScanEvent, WaybillBlock,
)
from carrier_app.store.models.parties import Merchant
from carrier_app.store.models.pricing import RateCardRow
from carrier_app.store.models.printing import PrintJob
from carrier_app.store.models.problems import Problem, ProblemContact
from carrier_app.store.models.routing import RoutingRule
from carrier_app.store.models.site import SiteSetting
from carrier_app.store.models.users import AuditLog, LoginThrottle, User
from carrier_app.store.models.waybills import ImportBatch, ImportMapping

__all__ = [
    "AppSecret", "ProhibitedWord",
    "Bill", "BillLine",
    "CashUp", "CashUpApproval", "CashUpLine", "CashUpParcel", "DeliveryAttempt", "DeliveryRun",
    "ProofOfDelivery", "RunItem", "SettledParcel", "Settlement",
    "ArrivalScan", "ArrivalSession", "Bag", "BagItem", "Manifest", "ManifestItem", "PickupItem",
    "PickupRequest", "Receipt",
    "AuditLog", "Base", "Branch", "Courier", "FreightCharge", "Hub", "ImportBatch",
    "ImportMapping",
    "LoginThrottle", "Merchant",
    "NumberSequence",
    "Parcel",
    "Piece", "PrintJob", "Problem", "ProblemContact", "RateCardRow", "RejectedScan", "Route",
    "RoutingRule",
    "ScanEvent", "SiteSetting", "User", "WaybillBlock",
]
