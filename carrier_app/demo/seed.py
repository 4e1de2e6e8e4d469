"""A demo depot network so a fresh install has something to work with: hubs, branches,
routes, couriers, routing rules, merchants, one user per role and some parcels."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from carrier_app.core.address import full_address
from carrier_app.core.clock import utcnow
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.store.engine import Database
from carrier_app.store.models import Branch, Courier, Hub, Merchant, Route, RoutingRule, User
from carrier_app.store.uow import UnitOfWork
from carrier_app.auth.install import DEMO, INIT, lock_setup, mark_origin, origin
from carrier_app.auth.service import first_admin, new_user
from carrier_app.core.errors import ValidationError
from carrier_app.pricing.rates import parse_csv, replace_cards
from carrier_app.sorting.routing import load_router
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybills

# hub code, name, city, [(branch number, name, district, postcode prefix)]
NETWORK = [
    ("571", "杭州转运中心", "杭州市", [("12", "西湖营业部", "西湖区", "310012"),
                                   ("15", "滨江营业部", "滨江区", "310051"),
                                   ("18", "余杭营业部", "余杭区", "311100")]),
    ("021", "上海转运中心", "上海市", [("03", "浦东营业部", "浦东新区", "200120"),
                                   ("08", "徐汇营业部", "徐汇区", "200030")]),
    ("010", "北京转运中心", "北京市", [("05", "朝阳营业部", "朝阳区", "100020")]),
]
PROVINCE = {"杭州市": "浙江省", "上海市": "上海市", "北京市": "北京市"}
ROUTES_PER_BRANCH = 4
COURIER_NAMES = ["王磊", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵强", "黄敏", "周杰", "吴芳",
                 "徐斌", "孙丽"]
MERCHANTS = [
    ("M001", "杭州云杉服饰有限公司", "林小姐", "13857112345", "浙江省", "杭州市", "西湖区",
     "文三路 90 号东部软件园 3 号楼", "310012"),
    ("M002", "上海鲜果汇电子商务", "Mr. Zhou", "02164321234", "上海市", "上海市", "徐汇区",
     "漕溪北路 398 号", "200030"),
    ("M003", "Beijing Bookworm Ltd.", "Ms. Han", "13910012345", "北京市", "北京市", "朝阳区",
     "三里屯路 19 号", "100020"),
]
RECIPIENTS = ["张三", "李四", "王五", "赵六", "Chen Wei", "欧阳娜娜", "Ma Li", "钱七", "孙八"]
# A small national rate card (CSV as `carrier-app rates import` takes it): M001 has a contract
# price, M002 a 10 % discount on the public freight; Xinjiang carries a remote surcharge.
RATES = ("service,origin,destination,first_kg,first_price,step_kg,step_price,"
         "volumetric_divisor,min_charge,remote_surcharge,merchant\n"
         """standard,*,*,1,12.00,0.5,3.00,8000,12.00,0,
standard,浙江省,浙江省,1,8.00,0.5,1.50,8000,8.00,0,
standard,*,上海市,1,10.00,0.5,2.00,8000,10.00,0,
standard,*,新疆维吾尔自治区,1,20.00,0.5,8.00,8000,20.00,10.00,
express,*,*,1,18.00,0.5,5.00,6000,18.00,0,
express,浙江省,浙江省,1,12.00,0.5,3.00,6000,12.00,0,
express,*,新疆维吾尔自治区,1,28.00,0.5,10.00,6000,28.00,10.00,
standard,*,*,1,6.00,0.5,1.00,8000,6.00,0,M001
""")
STREETS = ["文一西路 588 号", "江南大道 3688 号", "世纪大道 100 号", "建国路 88 号 SOHO 现代城",
           "天目山路 176 号", "漕河泾开发区 宜山路 700 号", "文二路 391 号 2 单元 1102 室"]


def demo_password(role: Role) -> str:
    return f"{role.value}-demo"


@dataclass(frozen=True)
class DemoSummary:
    created_network: bool
    users: list[tuple[str, str, str]]   # username, password, role
    parcels: int


#: A valid resident ID number (the GB 11643 example) for the demo's counter hand-overs.
DEMO_HANDER_ID = "11010519491231002X"


def seed(db: Database, parcels: int | None = None, *, rng_seed: int = 7,
         location: str = "571", actor: Actor | None = None) -> DemoSummary:
    """Seed once; `parcels` more parcels on every call (default 60 on the first one). The
    parcels are made by `actor`, by default the demo supervisor (a real user id on every
    event, never an anonymous one). Two seeds at the same moment (two `carrier-app demo`)
    make one network: the check and the seeding are one transaction, serialised (SQLite:
    BEGIN IMMEDIATE; PostgreSQL: an advisory lock held until it commits). A database made by
    `init` (a real depot) is refused: demo accounts have published passwords."""
    with UnitOfWork(db) as uow:
        lock_setup(uow)
        if origin(uow) == INIT:
            raise ValidationError(
                "This is a real depot's database (made by `carrier-app init`): demo data and "
                "demo accounts are never added to it", field="database", reason="real_install")
        fresh = uow.session.scalar(select(Hub.id).limit(1)) is None
        if fresh:
            mark_origin(uow, DEMO)
            _network(uow)
            maker = actor
            if maker is None:  # a new database: its first account adds the others
                maker = first_admin(uow, Role.ADMIN.value, demo_password(Role.ADMIN),
                                    "Demo admin", station="demo")
            for role in Role:
                if role is not Role.ADMIN or actor is not None:
                    new_user(uow, maker, role.value, demo_password(role), role.value,
                             display_name=f"Demo {role.value}")
            uow.commit()
        users = [(u.username, demo_password(Role(u.role)), u.role) for u in uow.session.scalars(
            select(User).where(User.display_name.like("Demo %")).order_by(User.id))]
        if actor is None:
            sup = uow.session.scalar(select(User).where(User.username == Role.SUPERVISOR.value))
            actor = (Actor(sup.id, sup.username, Role(sup.role), station="demo",
                           location=location) if sup is not None else
                     Actor(None, "demo", Role.SUPERVISOR, station="demo", location=location))
    count = parcels if parcels is not None else (60 if fresh else 0)
    if count:
        _parcels(db, count, random.Random(rng_seed), actor)
    return DemoSummary(fresh, users, count)


def _network(uow: UnitOfWork) -> None:
    s = uow.session
    now = utcnow()
    names = iter(COURIER_NAMES * 10)
    for hub_code, hub_name, city, branches in NETWORK:
        hub = Hub(code=hub_code, name=hub_name, city=city)
        s.add(hub)
        s.flush()
        for number, bname, district, postcode in branches:
            br = Branch(hub_id=hub.id, number=number, code=f"{hub_code}-{number}", name=bname,
                        address=f"{PROVINCE[city]}{city}{district}", phone="0571-88886666")
            s.add(br)
            s.flush()
            routes = []
            for n in range(1, ROUTES_PER_BRANCH + 1):
                rt = Route(branch_id=br.id, number=f"{n:02d}", name=f"{bname} {n} 线")
                s.add(rt)
                routes.append(rt)
            s.flush()
            for rt in routes[:2]:
                code = f"C{br.code.replace('-', '')}{rt.number}"
                s.add(Courier(code=code, name=next(names), phone="13900000000",
                              branch_id=br.id, route_id=rt.id, capacity=60))
            # The full postcode goes to route 01, the district name to route 02, so both
            # kinds of rule are exercised.
            s.add(RoutingRule(postcode_prefix=postcode, branch_id=br.id, route_id=routes[0].id,
                              updated_at=now, note="demo"))
            s.add(RoutingRule(province=PROVINCE[city], city=city, district=district,
                              branch_id=br.id, route_id=routes[1].id, updated_at=now,
                              note="demo"))
    branch_ids = {b.code: b.id for b in s.scalars(select(Branch))}
    for code, name, contact, phone, prov, city, district, addr, postcode in MERCHANTS:
        home = {"310012": "571-12", "200030": "021-08", "100020": "010-05"}[postcode]
        s.add(Merchant(code=code, name=name, contact_name=contact, phone=phone, province=prov,
                       city=city, district=district, address=addr, postcode=postcode,
                       home_branch_id=branch_ids[home], fee_per_parcel_fen=300,
                       discount_bp=1000 if code == "M002" else 0, created_at=now,
                       # M001 and M002 signed the safety agreement (协议客户); M003 did not:
                       # its parcels need the ID of whoever hands them over at the counter.
                       safety_agreement_on=None if code == "M003" else now.date()))
    s.flush()
    merchants = {m.code: m.id for m in s.scalars(select(Merchant))}
    replace_cards(uow, parse_csv(RATES, merchants), merchants)


def _parcels(db: Database, count: int, rng: random.Random, clerk: Actor) -> None:
    allocator = NumberAllocator(db, block_size=max(100, min(count, 10_000)), station="demo")
    allocator.ensure(count)
    destinations = [(hub, city, d, pc) for hub, _, city, brs in NETWORK
                    for _, _, d, pc in brs]
    run = uuid.uuid4().hex[:8]  # order refs of two runs in the same second must differ
    with UnitOfWork(db) as uow:
        router = load_router(uow)
        merchants = list(uow.session.scalars(select(Merchant)))
        origin = uow.session.scalar(select(Branch.id).where(Branch.code == "571-12"))
        created = []
        for i in range(count):
            _, city, district, postcode = rng.choice(destinations)
            m = merchants[i % len(merchants)]
            exempt = m.safety_agreement_on is not None  # 协议客户: no hand-over ID needed
            unrouted = rng.random() < 0.05
            # The helper, not the use case: the demo's parcels are one transaction.
            out = create_waybills(uow, clerk, allocator, router, [WaybillInput(
                recipient_name=rng.choice(RECIPIENTS),
                recipient_phone=f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
                recipient_province=PROVINCE[city] if not unrouted else "新疆维吾尔自治区",
                recipient_city=city if not unrouted else "乌鲁木齐市",
                recipient_district=district if not unrouted else "天山区",
                recipient_address=rng.choice(STREETS),
                recipient_postcode=(postcode if rng.random() < 0.6 and not unrouted else ""),
                sender_name=m.name, sender_phone=m.phone,
                sender_address=full_address(m.province, m.city, m.district, m.address),
                merchant_id=m.id, order_ref=f"DEMO-{utcnow():%y%m%d%H%M%S}-{run}-{i:05d}",
                service=rng.choice(("standard", "standard", "express")),
                pieces=1 if rng.random() < 0.9 else rng.randint(2, 3),
                weight_kg=Decimal(rng.randint(100, 15_000)) / 1000,
                cod=Decimal(rng.choice([0, 0, 0, 5990, 12800, 39900])) / 100,
                declared_value=Decimal(rng.choice([0, 10_000, 50_000])) / 100,
                contents=rng.choice(["服装", "图书", "水果", "electronics", "化妆品"]),
                origin_branch_id=origin,
                # M003 has no safety agreement: its courier hands the parcels over at the
                # counter with an ID (a demo number) and the clerk inspects them.
                sender_id_type="" if exempt else "RIC",
                sender_id_number="" if exempt else DEMO_HANDER_ID,
                inspected=not exempt)])[0]
            created.append(out.waybill_no)
        uow.commit()
    # Move some along the flow so every screen has something to show.
    for wb in created:
        steps = rng.choice([0, 0, 1, 2, 3])
        for event in (Event.PICKUP, Event.RECEIVE, Event.SORT)[:steps]:
            with UnitOfWork(db) as uow:
                append_scan(uow, clerk, wb, event)
                uow.commit()


def seeded(uow: UnitOfWork) -> bool:
    """Whether this database carries the demo users (the log-in shows their passwords)."""
    return uow.session.scalar(
        select(User.id).where(User.display_name.like("Demo %")).limit(1)) is not None
