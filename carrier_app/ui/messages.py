"""Service errors and status names in the user's language. Services raise DomainErrors that
carry a code and parameters; here they become translated sentences. Anything not listed
falls back to the service's English text.

Source texts are marked with QT_TRANSLATE_NOOP so lupdate finds them under "Messages".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Status
from carrier_app.ui import i18n
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP

STATUS_NAMES = {
    "CREATED": QT_TRANSLATE_NOOP("Messages", "Created"),
    "PICKED_UP": QT_TRANSLATE_NOOP("Messages", "Picked up"),
    "RECEIVED": QT_TRANSLATE_NOOP("Messages", "Received"),
    "SORTED": QT_TRANSLATE_NOOP("Messages", "Sorted"),
    "BAGGED": QT_TRANSLATE_NOOP("Messages", "Bagged"),
    "IN_TRANSIT": QT_TRANSLATE_NOOP("Messages", "In transit"),
    "ARRIVED": QT_TRANSLATE_NOOP("Messages", "Arrived"),
    "ASSIGNED": QT_TRANSLATE_NOOP("Messages", "Assigned"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Messages", "Out for delivery"),
    "DELIVERED": QT_TRANSLATE_NOOP("Messages", "Delivered"),
    "DELIVERY_FAILED": QT_TRANSLATE_NOOP("Messages", "Delivery failed"),
    "RETURN_TO_SENDER": QT_TRANSLATE_NOOP("Messages", "Return to sender"),
    "RETURNED": QT_TRANSLATE_NOOP("Messages", "Returned"),
    "HELD": QT_TRANSLATE_NOOP("Messages", "On hold"),
    "EXCEPTION": QT_TRANSLATE_NOOP("Messages", "Exception"),
    "CANCELLED": QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}

EVENT_NAMES = {
    "CREATE": QT_TRANSLATE_NOOP("Messages", "Waybill created"),
    "PICKUP": QT_TRANSLATE_NOOP("Messages", "Picked up"),
    "RECEIVE": QT_TRANSLATE_NOOP("Messages", "Received"),
    "SORT": QT_TRANSLATE_NOOP("Messages", "Sorted"),
    "BAG": QT_TRANSLATE_NOOP("Messages", "Bagged"),
    "UNBAG": QT_TRANSLATE_NOOP("Messages", "Unbagged"),
    "DEPART": QT_TRANSLATE_NOOP("Messages", "Departed"),
    "ARRIVE": QT_TRANSLATE_NOOP("Messages", "Arrived"),
    "ASSIGN": QT_TRANSLATE_NOOP("Messages", "Assigned"),
    "UNASSIGN": QT_TRANSLATE_NOOP("Messages", "Unassigned"),
    "OUT_FOR_DELIVERY": QT_TRANSLATE_NOOP("Messages", "Out for delivery"),
    "DELIVER": QT_TRANSLATE_NOOP("Messages", "Delivered"),
    "FAIL": QT_TRANSLATE_NOOP("Messages", "Delivery failed"),
    "RETURN": QT_TRANSLATE_NOOP("Messages", "Return to sender"),
    "HOLD": QT_TRANSLATE_NOOP("Messages", "Put on hold"),
    "RELEASE": QT_TRANSLATE_NOOP("Messages", "Released"),
    "EXCEPTION": QT_TRANSLATE_NOOP("Messages", "Exception"),
    "CANCEL": QT_TRANSLATE_NOOP("Messages", "Cancelled"),
    "REJECTED": QT_TRANSLATE_NOOP("Messages", "Scan refused"),
    "REPRINT": QT_TRANSLATE_NOOP("Messages", "Label reprinted"),
    "REROUTE": QT_TRANSLATE_NOOP("Messages", "Re-routed"),
    "NOTE": QT_TRANSLATE_NOOP("Messages", "Note"),
    "MISSORT": QT_TRANSLATE_NOOP("Messages", "Missort (wrong place)"),
    "FORWARD": QT_TRANSLATE_NOOP("Messages", "Forwarded"),
}

SCAN_REJECTIONS = {
    "empty": QT_TRANSLATE_NOOP("Messages", "Empty scan ignored"),
    "check_digit": QT_TRANSLATE_NOOP(
        "Messages", "{code}: wrong check digit — misread or mistyped, scan again"),
    "format": QT_TRANSLATE_NOOP(
        "Messages", "{code} is not a waybill number (2 letters, 9 digits, 2 letters)"),
    "piece": QT_TRANSLATE_NOOP("Messages", "{code}: no such piece on this waybill"),
    "other": QT_TRANSLATE_NOOP("Messages", "{code}: not a valid code"),
    "overflow": QT_TRANSLATE_NOOP(
        "Messages", "{code}: too long without an end key — set the scanner to end each code "
        "with Enter or LF, then scan these parcels again"),
}

STORE_PROBLEMS = {
    "read_only": QT_TRANSLATE_NOOP("Messages", "The database is read-only; nothing was saved."),
    "locked": QT_TRANSLATE_NOOP(
        "Messages",
        "The database is busy (locked by another program); nothing was saved. "
        "Try again in a moment."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Messages", "The database server cannot be reached; check the network and CARRIER_DB_URL."),
}

FIELD_ERRORS = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required"),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid Chinese mobile or landline (e.g. 13812345678, 0571-88886666)"),
    "postcode": QT_TRANSLATE_NOOP("Messages", "A postcode has 6 digits"),
    "pieces": QT_TRANSLATE_NOOP("Messages", "Pieces: a whole number from 1 to 99"),
    "weight": QT_TRANSLATE_NOOP("Messages", "Weight: more than 0 kg, at most 3 decimals"),
    "amount": QT_TRANSLATE_NOOP("Messages", "An amount in yuan, e.g. 59.90"),
    "negative": QT_TRANSLATE_NOOP("Messages", "Must not be negative"),
    "over_cap": QT_TRANSLATE_NOOP("Messages", "Over the COD cap"),
    "insured_over_cap": QT_TRANSLATE_NOOP(
        "Messages", "Over the insurance (保价) cap: declare less, or refuse the parcel"),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long"),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "Repeats an earlier row's order ref"),
    "service": QT_TRANSLATE_NOOP("Messages", "Standard (标快) or express (特快)"),
    "id_checksum": QT_TRANSLATE_NOOP(
        "Messages", "Not a valid resident ID number: check character or birth date wrong"),
    "id_format": QT_TRANSLATE_NOOP("Messages", "Not the form of a number of this ID type"),
    "id_type": QT_TRANSLATE_NOOP("Messages", "Choose the ID type"),
    "prohibited": QT_TRANSLATE_NOOP(
        "Messages", "On the prohibited/restricted list: a supervisor's override is needed"),
    "phone_link": QT_TRANSLATE_NOOP(
        "Messages", "A tel: link, not a phone number: give the number alone"),
    "phone_extension": QT_TRANSLATE_NOOP(
        "Messages", "Has an extension: give a number the courier can dial directly, the "
        "extension in the note"),
    "control_character": QT_TRANSLATE_NOOP(
        "Messages", "Contains a control character (invisible): retype it"),
    "control_char": QT_TRANSLATE_NOOP(
        "Messages", "Contains a control character (invisible): retype it"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "Too large"),
    "number": QT_TRANSLATE_NOOP("Messages", "Not a number"),
    "decimals": QT_TRANSLATE_NOOP("Messages", "At most two decimal places"),
    "no_agreement": QT_TRANSLATE_NOOP(
        "Messages", "The merchant has no signed safety agreement: accept at the counter"),
    "empty": QT_TRANSLATE_NOOP("Messages", "Empty"),
}

#: A sentence for each reason code the services raise (DomainError params["reason"]) that is
#: not described above, keyed "<error code>:<reason>" when a reason means different things
#: for different errors. {names} are the error's params; a missing one is left out, so each
#: sentence reads whole without it. The English UI keeps the service's own, fuller sentence.
REASONS = {
    # the database (store/errors.py)
    "no_database": QT_TRANSLATE_NOOP(
        "Messages", "The PostgreSQL database {database} named in CARRIER_DB_URL does not exist: "
        "create it or correct the database name."),
    "auth": QT_TRANSLATE_NOOP(
        "Messages", "The PostgreSQL server refused the log-in {role} (no such role, wrong "
        "password or not allowed): check the user in CARRIER_DB_URL."),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "The database file cannot be opened (missing folder or no permission)."),
    "disk": QT_TRANSLATE_NOOP(
        "Messages", "The disk holding the database is full or failing; nothing was saved."),
    "store_unavailable:other": QT_TRANSLATE_NOOP(
        "Messages", "The database reported an error {sqlstate}; nothing was saved."),
    "exhausted": QT_TRANSLATE_NOOP(
        "Messages", "A number series is used up; ask an administrator. Nothing was saved."),
    "serialization": QT_TRANSLATE_NOOP(
        "Messages", "Another station changed the same records at the same moment; nothing was "
        "saved. Try again."),
    "deadlock": QT_TRANSLATE_NOOP(
        "Messages", "Another station changed the same records at the same moment; nothing was "
        "saved. Try again."),
    "data": QT_TRANSLATE_NOOP(
        "Messages", "The database refused a value (wrong kind or form); nothing was saved."),
    "nul": QT_TRANSLATE_NOOP(
        "Messages", "A text contains a NUL character, which cannot be saved; nothing was saved."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A number is out of the range its field allows; nothing was saved."),
    # order and list files (waybill/order_import.py, acceptance, rates)
    "utf16": QT_TRANSLATE_NOOP(
        "Messages", "This file is UTF-16 (\"Unicode text\"); in Excel save it as \"CSV UTF-8 "
        "(comma delimited)\" and import that."),
    "shift_jis": QT_TRANSLATE_NOOP(
        "Messages", "This file looks like Japanese Shift-JIS text, not Chinese GB18030/GBK: "
        "save it as CSV UTF-8 and import that."),
    "binary": QT_TRANSLATE_NOOP("Messages", "This is not a text (CSV) file: it contains "
                                "binary data."),
    "encoding": QT_TRANSLATE_NOOP(
        "Messages", "The file's encoding is neither UTF-8 nor GB18030/GBK: save it as CSV "
        "UTF-8 and import that."),
    "invalid:empty": QT_TRANSLATE_NOOP("Messages", "Nothing given: the input or file is empty."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "Messages", "The file has too many order rows: split it into smaller files."),
    "too_many_columns": QT_TRANSLATE_NOOP(
        "Messages", "The header row has too many columns: keep the order columns only."),
    "missing_columns": QT_TRANSLATE_NOOP(
        "Messages", "Required column(s) missing from the file: {missing}"),
    "duplicate_column": QT_TRANSLATE_NOOP(
        "Messages", "Two columns of the file mean the same field: keep one."),
    "field_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: a field is far too long (a quote left open?)."),
    "csv": QT_TRANSLATE_NOOP("Messages", "Row {row}: not readable as CSV."),
    "xlsx": QT_TRANSLATE_NOOP("Messages", "Not a readable XLSX workbook (or it has no sheet)."),
    "header": QT_TRANSLATE_NOOP(
        "Messages", "The file needs a header row with the columns word, category, note."),
    "invalid:format": QT_TRANSLATE_NOOP(
        "Messages", "Row {row}: not in the expected form {value}."),
    "inactive": QT_TRANSLATE_NOOP("Messages", "The merchant is deactivated: no new orders."),
    # numbers and fields (core/validation.py, core/money.py, core/acceptance.py)
    "too_long": QT_TRANSLATE_NOOP("Messages", "A text is too long (at most {max_len} "
                                  "characters)."),
    "too_large": QT_TRANSLATE_NOOP("Messages", "An amount or file is too large {value}."),
    "number": QT_TRANSLATE_NOOP("Messages", "{value} is not a number."),
    "decimals": QT_TRANSLATE_NOOP("Messages", "{value} has more than two decimal places."),
    "control_char": QT_TRANSLATE_NOOP(
        "Messages", "A text contains a control character (invisible): retype it."),
    "client_event_id_reused": QT_TRANSLATE_NOOP(
        "Messages", "This scan id was already used for another scan."),
    "hours_range": QT_TRANSLATE_NOOP("Messages", "Hours out of range."),
    "future": QT_TRANSLATE_NOOP("Messages", "That day is in the future: no figures yet."),
    "unknown": QT_TRANSLATE_NOOP("Messages", "Unknown stage."),
    "unknown_list": QT_TRANSLATE_NOOP("Messages", "Unknown list."),
    # things that do not exist
    "unknown_merchant": QT_TRANSLATE_NOOP("Messages", "No merchant {code}."),
    "unknown_courier": QT_TRANSLATE_NOOP("Messages", "No courier {code}."),
    "unknown_location": QT_TRANSLATE_NOOP(
        "Messages", "Unknown location {code}: a hub or branch code."),
    "unknown_pickup": QT_TRANSLATE_NOOP("Messages", "No such pickup request."),
    "unknown_pod": QT_TRANSLATE_NOOP("Messages", "Some proofs of delivery do not exist."),
    "unknown_run": QT_TRANSLATE_NOOP("Messages", "No delivery run {code}."),
    "unknown_statement": QT_TRANSLATE_NOOP("Messages", "No statement {code}."),
    "unknown_cashup": QT_TRANSLATE_NOOP("Messages", "No such cash-up."),
    "unknown_problem": QT_TRANSLATE_NOOP("Messages", "No problem #{problem}."),
    "unknown_batch": QT_TRANSLATE_NOOP("Messages", "No such import batch {batch}."),
    "unknown_bag": QT_TRANSLATE_NOOP("Messages", "{code}: no such bag."),
    "unknown_manifest": QT_TRANSLATE_NOOP("Messages", "{code}: no such manifest."),
    "no_problem": QT_TRANSLATE_NOOP("Messages", "{code} has no problem registered."),
    # the flow
    "courier_full": QT_TRANSLATE_NOOP(
        "Messages", "Courier {courier} is full ({load}/{capacity} parcels): assign {code} to "
        "another courier or raise the capacity."),
    "nothing_assigned": QT_TRANSLATE_NOOP(
        "Messages", "The courier has no assigned parcels to take out."),
    "run_open": QT_TRANSLATE_NOOP(
        "Messages", "Run {code} is not closed yet; its close-out summary comes when it closes."),
    "partly_delivered": QT_TRANSLATE_NOOP(
        "Messages", "{code}: some pieces are delivered; record the other pieces as not "
        "attempted."),
    "return": QT_TRANSLATE_NOOP(
        "Messages", "The merchant's signature is required for a returned parcel."),
    "cod": QT_TRANSLATE_NOOP("Messages", "A signature is required for a COD parcel."),
    "bag_sealed": QT_TRANSLATE_NOOP("Messages", "Bag {code} is sealed: it takes no parcels."),
    "wrong_destination": QT_TRANSLATE_NOOP(
        "Messages", "{code} goes to {sort_code}, not {destination}: put it in the right "
        "bag or manifest."),
    "manual": QT_TRANSLATE_NOOP(
        "Messages", "{code} has no destination yet: route it manually first."),
    "on_path": QT_TRANSLATE_NOOP(
        "Messages", "{code} is on its way through here: sort it normally, do not forward it."),
    "not_forwardable": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status}: it cannot be forwarded."),
    "other_merchant": QT_TRANSLATE_NOOP("Messages", "The parcel belongs to another merchant."),
    "has_parcels": QT_TRANSLATE_NOOP(
        "Messages", "The merchant has {parcels} parcel(s): it cannot be deleted, only "
        "deactivated."),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "{code} is cancelled: its label cannot be "
                                   "printed."),
    "terminal": QT_TRANSLATE_NOOP("Messages", "{code} is {current}: it cannot be {requested}."),
    "already_returning": QT_TRANSLATE_NOOP(
        "Messages", "{code} is already on its way back to the sender."),
    # cash-ups and problems
    "already_open": QT_TRANSLATE_NOOP(
        "Messages", "One is already open (opened by someone else just now): open it again to "
        "see it."),
    "invalid:already_open": QT_TRANSLATE_NOOP(
        "Messages", "Already open: {code} has an open problem #{problem}; handle it at the "
        "exceptions desk first."),
    "intercept_instruction": QT_TRANSLATE_NOOP(
        "Messages", "Say either return to sender or the new address."),
    "awaiting_approval": QT_TRANSLATE_NOOP(
        "Messages", "Problem #{problem}: an action is waiting for a second person's approval."),
    "nothing_pending": QT_TRANSLATE_NOOP(
        "Messages", "Problem #{problem} has nothing waiting for approval."),
    "same_user": QT_TRANSLATE_NOOP(
        "Messages", "Problem #{problem}: the approval must come from a second person, not from "
        "whoever asked for it."),
    "closed": QT_TRANSLATE_NOOP(
        "Messages", "Problem #{problem} is already closed; register a new problem if there is "
        "more to do."),
    "no_route": QT_TRANSLATE_NOOP(
        "Messages", "No routing rule matches the new address: add the province/city/district "
        "or a postcode."),
    "own_variance": QT_TRANSLATE_NOOP(
        "Messages", "Whoever declared a cash-up cannot approve its variance: ask another "
        "finance user or a supervisor."),
    "claim_amount": QT_TRANSLATE_NOOP("Messages", "A claim needs an amount above zero."),
    "claim_cap": QT_TRANSLATE_NOOP("Messages", "A claim is capped at the declared value {cap}."),
    # issue 12/14/15 additions: money at delivery, backups, import mappings
    "collect_amount": QT_TRANSLATE_NOOP(
        "Messages", "Collect ¥{due}: the COD and the 到付 freight together; the amount entered is "
        "not that."),
    "damaged": QT_TRANSLATE_NOOP(
        "Messages", "The backup file is damaged and cannot be restored."),
    "no_file": QT_TRANSLATE_NOOP(
        "Messages", "There is no backup file at that path."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a carrier_app backup."),
    "too_new": QT_TRANSLATE_NOOP(
        "Messages", "The backup was made by a newer version of carrier_app: update this "
        "workstation first."),
    "wrong_kind": QT_TRANSLATE_NOOP(
        "Messages", "This backup is of the other kind of database (SQLite or PostgreSQL): restore "
        "it into that kind."),
    "no_pg_tool": QT_TRANSLATE_NOOP(
        "Messages", "{tool} is not installed: install the PostgreSQL client tools to back up or "
        "restore a PostgreSQL database."),
    "pg_tool_failed": QT_TRANSLATE_NOOP(
        "Messages", "The PostgreSQL client tool failed; the backup or restore did not complete."),
    "unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The backup file cannot be read (no permission or a failing disk)."),
    "backup_check": QT_TRANSLATE_NOOP(
        "Messages", "The backup copy failed its integrity check and was not kept."),
    "unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "The column mapping sends column {column} to a field that does not exist."),
    "unknown_mapping": QT_TRANSLATE_NOOP(
        "Messages", "No saved column mapping is named {name}."),
    "excel_number": QT_TRANSLATE_NOOP(
        "Messages", "A number Excel shortened (its last digits are lost): format the column as "
        "Text in Excel and export the file again."),
    "no_weight": QT_TRANSLATE_NOOP(
        "Messages", "No weight: give the row a weight, or set the merchant's default weight for "
        "files without one."),
    # issue 12 leftover: every remaining refusal (users, money, rate cards, hub, dispatch, pickups)
    # users and log-in (auth/service.py, core/roles.py, waybill/acceptance.py)
    "username_format": QT_TRANSLATE_NOOP("Messages", "User name: 1–40 characters, no spaces."),
    "unknown_role": QT_TRANSLATE_NOOP(
        "Messages", "Unknown role {value}: administrator, supervisor, clerk, sorter, dispatcher "
        "or finance."),
    "user_exists": QT_TRANSLATE_NOOP("Messages", "User {username} already exists."),
    "unknown_user": QT_TRANSLATE_NOOP("Messages", "No user {username}."),
    "has_users": QT_TRANSLATE_NOOP(
        "Messages", "This database already has users: an administrator adds the next ones."),
    "role_permission": QT_TRANSLATE_NOOP(
        "Messages", "You are not allowed to do this: your role does not permit it."),
    "payout_permission": QT_TRANSLATE_NOOP(
        "Messages", "Only finance or a supervisor may change a merchant's payout details."),
    "override_supervisor": QT_TRANSLATE_NOOP(
        "Messages", "Only a supervisor may accept contents on the prohibited/restricted list."),
    # settings and the command line (core/clock.py, cli/scan.py)
    "time_zone": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not an IANA time zone name (e.g. Asia/Shanghai): correct "
        "CARRIER_TZ."),
    "collect_missing": QT_TRANSLATE_NOOP(
        "Messages", "{code}: collect ¥{due}; give --amount {due} and --method cash|transfer."),
    "signature_png": QT_TRANSLATE_NOOP("Messages", "--signature {value}: not a signed PNG image."),
    # the parcel's status (core/lifecycle.py, tracking/scans.py, delivery, dispatch)
    "cannot_become": QT_TRANSLATE_NOOP("Messages", "{code} is {current}; cannot be {requested}"),
    "cancel_after_pickup": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {current}: only a parcel not yet picked up can be cancelled."),
    "not_on_hold": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {current}, not on hold: there is nothing to release."),
    "already_status": QT_TRANSLATE_NOOP(
        "Messages", "{code} was already {current} (scanned at another place): this scan was not "
        "recorded."),
    "open_problem": QT_TRANSLATE_NOOP(
        "Messages", "{code} has an open problem #{problem}: it takes no normal scan until the "
        "exceptions desk resolves it."),
    "not_out_for_delivery": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {current}, not out for delivery."),
    "not_counter_pickup": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {current}: it cannot be handed over at the counter."),
    "not_returnable": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {current}: it cannot be returned to the sender."),
    "no_return_branch": QT_TRANSLATE_NOOP("Messages", "{code} has no branch to return to."),
    # delivery and failed attempts (delivery/)
    "failure_reason": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a reason for a failed delivery: choose one from the list."),
    "next_attempt_past": QT_TRANSLATE_NOOP("Messages", "The next attempt date is in the past."),
    "receiver_required": QT_TRANSLATE_NOOP("Messages", "The receiver's name is required."),
    "relation": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a relation to the addressee: choose one from the list."),
    "photo_too_large": QT_TRANSLATE_NOOP("Messages", "The photo is larger than 8 MB."),
    "stub_required": QT_TRANSLATE_NOOP("Messages", "Attach the signed stub or run-sheet page."),
    "payment_method": QT_TRANSLATE_NOOP(
        "Messages", "Say how the money was paid (cash or transfer)."),
    "no_pod": QT_TRANSLATE_NOOP("Messages", "No proof of delivery is recorded for these waybills."),
    "signature_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The signature has too many points: clear it and sign again."),
    "signature_format": QT_TRANSLATE_NOOP(
        "Messages", "The signature cannot be read: clear it and sign again."),
    # couriers, runs and assignment (dispatch/)
    "courier_inactive": QT_TRANSLATE_NOOP("Messages", "Courier {code} is deactivated."),
    "already_assigned": QT_TRANSLATE_NOOP("Messages", "{code} is already assigned to {courier}."),
    "reassign_reason": QT_TRANSLATE_NOOP(
        "Messages", "{code} is assigned to {courier}; give a reason to reassign it"),
    "courier_code": QT_TRANSLATE_NOOP("Messages", "Courier code: letters and digits, at most 16."),
    "courier_name_required": QT_TRANSLATE_NOOP("Messages", "The courier's name is required."),
    "capacity_range": QT_TRANSLATE_NOOP("Messages", "Capacity: 1 to 999 parcels."),
    "unknown_route": QT_TRANSLATE_NOOP("Messages", "Branch {code} has no route {route}."),
    "run_closed": QT_TRANSLATE_NOOP(
        "Messages", "Run {code} is closed: it can no longer be changed."),
    "not_on_run": QT_TRANSLATE_NOOP("Messages", "{code} is not on run {run}."),
    "run_unaccounted": QT_TRANSLATE_NOOP(
        "Messages", "Run {code}: {count} parcel(s) not accounted for: {waybills}"),
    # cash-ups and settlement (finance/)
    "cashup_closed": QT_TRANSLATE_NOOP(
        "Messages", "Cash-up {cash_up} is closed and cannot be changed."),
    "variance_reason": QT_TRANSLATE_NOOP("Messages", "A reason is required to approve a variance."),
    "no_variance": QT_TRANSLATE_NOOP(
        "Messages", "Cash-up {cash_up} has no declared variance to approve."),
    "payment_method_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown payment method {value}."),
    "period_reversed": QT_TRANSLATE_NOOP("Messages", "The period ends before it begins."),
    "nothing_to_settle": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to settle for {merchant} from {start} to {end}."),
    "settled_meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Some of these parcels were settled meanwhile by someone else: preview "
        "again."),
    # merchants and pickups (pickup/)
    "merchant_code": QT_TRANSLATE_NOOP("Messages", "Merchant code: 2–16 letters or digits."),
    "merchant_code_used": QT_TRANSLATE_NOOP("Messages", "Merchant code {code} is already used."),
    "settlement_cycle": QT_TRANSLATE_NOOP(
        "Messages", "Settlement cycle {value}: daily, weekly or monthly."),
    "settlement_account": QT_TRANSLATE_NOOP("Messages", "Settlement account: 8–30 digits."),
    "holder_required": QT_TRANSLATE_NOOP(
        "Messages", "An account number needs the account holder's name."),
    "unknown_branch": QT_TRANSLATE_NOOP("Messages", "No branch {code}."),
    "weight_range": QT_TRANSLATE_NOOP("Messages", "Weight: more than 0 and at most 1000 kg."),
    "weight_text": QT_TRANSLATE_NOOP("Messages", "{value} is not a weight (e.g. 1.25 or 1250g)."),
    "window_format": QT_TRANSLATE_NOOP("Messages", "Time window: HH:MM to HH:MM."),
    "window_order": QT_TRANSLATE_NOOP("Messages", "The time window must end after it starts."),
    "expected_pieces": QT_TRANSLATE_NOOP("Messages", "Expected pieces: 1 to 9999."),
    "courier_unavailable": QT_TRANSLATE_NOOP("Messages", "No active courier {code}."),
    "pickup_unassigned": QT_TRANSLATE_NOOP(
        "Messages", "Pickup request {request} has no courier yet: assign a courier first."),
    "pickup_closed": QT_TRANSLATE_NOOP(
        "Messages", "Pickup request {request} is closed or cancelled: it can no longer be "
        "changed."),
    # prices and rate cards (core/pricing.py, pricing/)
    "no_rate": QT_TRANSLATE_NOOP(
        "Messages", "No rate for {service} from {origin} to {destination}: add a row for these "
        "places (or a * row) to the rate card."),
    "rate_place_empty": QT_TRANSLATE_NOOP(
        "Messages", "A rate row needs a service, an origin and a destination (a province or city "
        "name, or *)."),
    "rate_column_empty": QT_TRANSLATE_NOOP("Messages", "Column {column} of a rate row is empty."),
    "rate_weight": QT_TRANSLATE_NOOP(
        "Messages", "The first weight and the weight step must be more than 0 kg (got {value})."),
    "rate_weight_decimals": QT_TRANSLATE_NOOP(
        "Messages", "The first weight and the weight step have at most 3 decimals."),
    "volumetric_divisor": QT_TRANSLATE_NOOP(
        "Messages", "The volumetric divisor must be a whole number above 0 (got {value})."),
    "rate_card_errors": QT_TRANSLATE_NOOP(
        "Messages", "The rate card has {count} problem(s); nothing was imported: {details}"),
    "negative": QT_TRANSLATE_NOOP("Messages", "{value} must not be negative."),
    "dims": QT_TRANSLATE_NOOP(
        "Messages", "Dimensions {value} cm: length, width and height must each be a whole number "
        "above 0."),
    "dims_too_large": QT_TRANSLATE_NOOP(
        "Messages", "Dimensions: a side over 1000 cm is not a parcel."),
    "discount_range": QT_TRANSLATE_NOOP(
        "Messages", "Discount {value}: a percentage from 0 to 100, at most two decimals."),
    "payer": QT_TRANSLATE_NOOP(
        "Messages", "Payer {value}: sender pays cash (寄付现结), monthly account (寄付月结), "
        "receiver (到付) or third party."),
    "monthly_needs_merchant": QT_TRANSLATE_NOOP(
        "Messages", "Monthly account (寄付月结) needs a merchant to bill."),
    # problems and holds (problems/, tracking/holds.py)
    "problem_reason": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a problem reason: choose one from the list."),
    "problem_action": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not an action for a problem: choose one from the list."),
    "contact_required": QT_TRANSLATE_NOOP("Messages", "Say whom you called."),
    "outcome_required": QT_TRANSLATE_NOOP("Messages", "Say what came of the call."),
    "call_too_long": QT_TRANSLATE_NOOP(
        "Messages", "Whom: at most 80 characters; outcome: at most 200."),
    "hold_reason": QT_TRANSLATE_NOOP(
        "Messages", "Say why the parcel is held or marked as an exception."),
    # reports and printing (reports/, waybill/labels_service.py)
    "report_format": QT_TRANSLATE_NOOP(
        "Messages", "A day report is a PDF or an XLSX, not {value}."),
    "hours_whole": QT_TRANSLATE_NOOP("Messages", "Hours must be a whole number."),
    "row_limit": QT_TRANSLATE_NOOP("Messages", "The row limit must be positive."),
    "document_kind": QT_TRANSLATE_NOOP("Messages", "Unknown document kind {value}."),
    "print_format": QT_TRANSLATE_NOOP("Messages", "Unknown print format {value}."),
    "cancel_reason": QT_TRANSLATE_NOOP("Messages", "A reason is required to cancel a waybill."),
    "label_size": QT_TRANSLATE_NOOP("Messages", "Label size {value}: 100x150, 100x180 or 76x130."),
    "no_waybills": QT_TRANSLATE_NOOP("Messages", "No waybills to print."),
    # hub: arrivals, bags, manifests, routing rules (sorting/)
    "unknown_session": QT_TRANSLATE_NOOP("Messages", "No arrival check {session}."),
    "session_closed": QT_TRANSLATE_NOOP("Messages", "Arrival check {session} is closed."),
    "bag_already_sealed": QT_TRANSLATE_NOOP(
        "Messages", "Bag {code} is already sealed (or has left): it cannot be sealed again."),
    "bag_empty": QT_TRANSLATE_NOOP("Messages", "Bag {code} is empty: there is nothing to seal."),
    "bag_gone": QT_TRANSLATE_NOOP(
        "Messages", "Bag {code} has left or was voided: it can no longer be changed."),
    "not_in_bag": QT_TRANSLATE_NOOP("Messages", "{code} is not in bag {bag}."),
    "unbag_reason": QT_TRANSLATE_NOOP("Messages", "Say why the parcel is taken out of the bag."),
    "void_reason": QT_TRANSLATE_NOOP("Messages", "Say why the bag is voided."),
    "bag_not_sealed": QT_TRANSLATE_NOOP(
        "Messages", "Bag {code} is not sealed (or has left): only sealed bags go on a manifest."),
    "already_on_manifest": QT_TRANSLATE_NOOP("Messages", "{code} is already on a manifest."),
    "loose_not_sorted": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status}: a loose parcel must be sorted first (bagged ones travel "
        "in their bag)."),
    "manifest_same_place": QT_TRANSLATE_NOOP(
        "Messages", "A manifest goes to another place than this one."),
    "manifest_closed": QT_TRANSLATE_NOOP(
        "Messages", "Manifest {code} has departed: it can no longer be changed."),
    "manifest_arrived": QT_TRANSLATE_NOOP(
        "Messages", "Manifest {code} has arrived: it cannot depart again."),
    "manifest_empty": QT_TRANSLATE_NOOP(
        "Messages", "Manifest {code} is empty: there is nothing to depart."),
    "depart_details": QT_TRANSLATE_NOOP(
        "Messages", "The vehicle, the seal number and the driver are required to depart."),
    "postcode_prefix": QT_TRANSLATE_NOOP("Messages", "A postcode prefix is 1 to 6 digits."),
    "rule_empty": QT_TRANSLATE_NOOP(
        "Messages", "Give a postcode prefix or at least one of province, city, district."),
    "unknown_rule": QT_TRANSLATE_NOOP("Messages", "No routing rule #{rule}."),
    "not_reroutable": QT_TRANSLATE_NOOP("Messages", "{code} is {status}: it cannot be re-routed."),
}

#: Errors without a reason of their own, by code.
CODES = {
    "schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "The database schema ({current}) is newer than this version of carrier_app "
        "knows (latest {head}): update carrier_app on this workstation."),
    "store_conflict": QT_TRANSLATE_NOOP(
        "Messages", "Another station changed the same records at the same moment; nothing was "
        "saved. Try again."),
    "constraint": QT_TRANSLATE_NOOP(
        "Messages", "The database refused the change ({kind} rule): nothing was saved."),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Import cancelled: nothing was imported."),
}

#: Contents matching the 禁寄/限寄 list (waybill/acceptance.py), with the words found.
PROHIBITED = QT_TRANSLATE_NOOP(
    "Messages", "Contents match the prohibited/restricted list ({words}): refused unless a "
    "supervisor overrides with a reason")
NO_AGREEMENT = QT_TRANSLATE_NOOP(
    "Messages", "Merchant {merchant} has no signed safety agreement: its parcels need the ID "
    "of whoever hands them over and are accepted at the counter, not imported")

#: A parcel handled where it does not belong (core.location), by reason: the parcel, its
#: status, where it is, where it must go and what to do instead.
WRONG_LOCATION = {
    "off_path": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; missort: send to {destination}. Put it aside "
        "and forward it (Sort station: Forward)."),
    "behind": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; missort: send to {destination}. Put it aside "
        "and forward it (Sort station: Forward)."),
    "not_arrived": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at} and was not scanned in here: scan it in at "
        "arrival first."),
    "not_here": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}, not at its destination {destination}: it "
        "cannot be assigned or handed out here. Forward it there (Sort station: Forward)."),
    "not_destination": QT_TRANSLATE_NOOP(
        "Messages", "{code} is {status} at {at}; only its destination {destination} hands it "
        "out (its couriers, its counter)."),
}
#: The monthly bill and its netting (finance/billing, finance/settlement), by reason.
BILLING = {
    "month": QT_TRANSLATE_NOOP("Messages", "{value} is not a month: write YYYY-MM, e.g. "
                                           "2026-11"),
    "month_open": QT_TRANSLATE_NOOP(
        "Messages", "{month} is not over yet: a month is billed once it has ended"),
    "nothing_to_bill": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to bill in {month}: no received, priced 月结 parcel is unbilled"),
    "billed_meanwhile": QT_TRANSLATE_NOOP(
        "Messages", "Some of these parcels were billed meanwhile by someone else: show the "
                    "month again"),
    "unknown_bill": QT_TRANSLATE_NOOP("Messages", "No bill {bill} of this merchant"),
    "bill_netted": QT_TRANSLATE_NOOP(
        "Messages", "Bill {bill} was already netted on a statement: a bill is netted once"),
}
UNKNOWN_WAYBILL = QT_TRANSLATE_NOOP("Messages", "{code}: no such waybill in the system")
ILLEGAL = QT_TRANSLATE_NOOP("Messages", "{code} is {current}; cannot be {requested}")
NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "Messages", "{code} is {current}: it can no longer be edited (only while it is Created)")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Messages", "You are not allowed to do this ({detail})")
NOT_ALLOWED_TO = QT_TRANSLATE_NOOP(
    "Messages", "You are not allowed to do this: a {role} may not {permission}.")
#: core.roles.Permission, as the refusal names it.
PERMISSION_NAMES = {
    "scan": QT_TRANSLATE_NOOP("Messages", "record scans"),
    "track": QT_TRANSLATE_NOOP("Messages", "read parcel histories"),
    "create_waybill": QT_TRANSLATE_NOOP("Messages", "create waybills"),
    "cancel_waybill": QT_TRANSLATE_NOOP("Messages", "cancel waybills"),
    "print_label": QT_TRANSLATE_NOOP("Messages", "print labels"),
    "manage_merchants": QT_TRANSLATE_NOOP("Messages", "manage merchants"),
    "manage_payouts": QT_TRANSLATE_NOOP("Messages", "change merchants' payout details"),
    "manage_pickups": QT_TRANSLATE_NOOP("Messages", "manage pickup requests"),
    "manage_routing": QT_TRANSLATE_NOOP("Messages", "manage routing rules"),
    "manual_route": QT_TRANSLATE_NOOP("Messages", "route parcels by hand"),
    "manage_bags": QT_TRANSLATE_NOOP("Messages", "manage bags"),
    "manage_manifests": QT_TRANSLATE_NOOP("Messages", "manage manifests"),
    "dispatch": QT_TRANSLATE_NOOP("Messages", "dispatch couriers"),
    "deliver": QT_TRANSLATE_NOOP("Messages", "record deliveries"),
    "hold": QT_TRANSLATE_NOOP("Messages", "hold parcels or raise exceptions"),
    "cash_up": QT_TRANSLATE_NOOP("Messages", "do cash-ups"),
    "approve_variance": QT_TRANSLATE_NOOP("Messages", "approve cash-up variances"),
    "settle": QT_TRANSLATE_NOOP("Messages", "settle merchant statements"),
    "manage_users": QT_TRANSLATE_NOOP("Messages", "manage users"),
    "manage_network": QT_TRANSLATE_NOOP("Messages", "manage the network"),
    "override_acceptance": QT_TRANSLATE_NOOP("Messages", "accept listed contents"),
}
#: Worded by their error's code alone (the reason only says which case): auth_failed
#: (bad_credentials), account_locked (too_many_failures), password_change_required
#: (initial_password) below; schema_too_new (schema_newer) and constraint (db_rule) in CODES.
AUTH_FAILED = QT_TRANSLATE_NOOP("Messages", "Wrong user name or password.")
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "Messages",
    "This account is locked after too many failed log-ins. "
    "Try again later or ask an administrator.")

#: A real depot install (auth/install.py) and initial passwords, by reason / code.
INSTALL_PROBLEMS = {
    "password_change_required": QT_TRANSLATE_NOOP(
        "Messages", "{username} must change the initial password before working."),
    "not_empty": QT_TRANSLATE_NOOP(
        "Messages", "This database is not empty (it has a network or users): a depot is set "
        "up on a new, empty database only."),
    "real_install": QT_TRANSLATE_NOOP(
        "Messages", "This is a real depot's database: demo data and demo accounts are never "
        "added to it."),
    "site_code": QT_TRANSLATE_NOOP(
        "Messages", "Site {value}: a hub code (2–8 letters or digits, e.g. 571) or a branch "
        "code hub-number (e.g. 571-12)."),
    "password_short": QT_TRANSLATE_NOOP("Messages", "Password: at least 8 characters."),
    "password_same": QT_TRANSLATE_NOOP(
        "Messages", "The new password must differ from the current one."),
}


#: The keys of an event's recorded details (tracking history), as the Details column names them.
DETAIL_KEYS = {
    "reason": QT_TRANSLATE_NOOP("Messages", "reason"),
    "attempt": QT_TRANSLATE_NOOP("Messages", "attempt"),
    "next_attempt": QT_TRANSLATE_NOOP("Messages", "next attempt"),
    "to_branch": QT_TRANSLATE_NOOP("Messages", "back to branch"),
    "pod": QT_TRANSLATE_NOOP("Messages", "proof of delivery"),
    "receiver": QT_TRANSLATE_NOOP("Messages", "received by"),
    "relation": QT_TRANSLATE_NOOP("Messages", "relation"),
    "counter": QT_TRANSLATE_NOOP("Messages", "picked up at the counter"),
    "pickup_request": QT_TRANSLATE_NOOP("Messages", "pickup request"),
    "manifest": QT_TRANSLATE_NOOP("Messages", "manifest"),
    "bag": QT_TRANSLATE_NOOP("Messages", "bag"),
    "sort_code": QT_TRANSLATE_NOOP("Messages", "sort code"),
    "route": QT_TRANSLATE_NOOP("Messages", "routed by"),
    "forward": QT_TRANSLATE_NOOP("Messages", "forwarded to"),
    "run": QT_TRANSLATE_NOOP("Messages", "delivery run"),
    "not_attempted": QT_TRANSLATE_NOOP("Messages", "not attempted"),
    "courier": QT_TRANSLATE_NOOP("Messages", "courier"),
    "off_run": QT_TRANSLATE_NOOP("Messages", "taken off run"),
    "note": QT_TRANSLATE_NOOP("Messages", "note"),
    "problem": QT_TRANSLATE_NOOP("Messages", "problem"),
    "instruction": QT_TRANSLATE_NOOP("Messages", "instruction"),
    "requested": QT_TRANSLATE_NOOP("Messages", "requested"),
    "resolution": QT_TRANSLATE_NOOP("Messages", "resolution"),
    "amount": QT_TRANSLATE_NOOP("Messages", "amount"),
    "measured_g": QT_TRANSLATE_NOOP("Messages", "measured (g)"),
    "chargeable_weight_g": QT_TRANSLATE_NOOP("Messages", "chargeable weight (g)"),
    "price_before_fen": QT_TRANSLATE_NOOP("Messages", "price before (fen)"),
    "price_after_fen": QT_TRANSLATE_NOOP("Messages", "price after (fen)"),
    "price_diff_fen": QT_TRANSLATE_NOOP("Messages", "price difference (fen)"),
}
YES_NO = (QT_TRANSLATE_NOOP("Messages", "no"), QT_TRANSLATE_NOOP("Messages", "yes"))
#: How a parcel was routed (core/routing.py RouteMatch.reason, "manual routing"), by prefix.
ROUTED_BY = {
    "postcode prefix ": QT_TRANSLATE_NOOP("Messages", "postcode prefix {rest}"),
    "address ": QT_TRANSLATE_NOOP("Messages", "address {rest}"),
    "manual routing": QT_TRANSLATE_NOOP("Messages", "manual routing{rest}"),
}
DETAIL = QT_TRANSLATE_NOOP("Messages", "{key}: {value}")
DETAIL_SEPARATOR = QT_TRANSLATE_NOOP("Messages", ", ")


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def status_name(status: str | Status | None) -> str:
    if status is None:
        return "—"
    text = STATUS_NAMES.get(str(status))
    return tr(text) if text else str(status)


ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("Messages", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("Messages", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("Messages", "Counter clerk"),
    "sorter": QT_TRANSLATE_NOOP("Messages", "Sorter"),
    "dispatcher": QT_TRANSLATE_NOOP("Messages", "Dispatcher"),
    "finance": QT_TRANSLATE_NOOP("Messages", "Finance"),
}


def role_name(role: object) -> str:
    key = getattr(role, "value", role)
    text = ROLE_NAMES.get(str(key))
    return tr(text) if text else str(key)


def event_details(details: dict[str, object]) -> str:
    """An event's recorded details in words: "key: value, …", codes (failure and problem
    reasons, relations, statuses) named, yes/no for flags, the rest as recorded."""
    from carrier_app.core.problems import REASON_ZH, Reason
    from carrier_app.ui.delivery_names import reason_names, relation_names

    named = {**reason_names(), **relation_names()}
    parts = []
    for key, value in details.items():
        if value is None or value == "":
            continue
        label = tr(DETAIL_KEYS[key]) if key in DETAIL_KEYS else key
        if isinstance(value, bool):
            text = tr(YES_NO[value])
        elif str(value) in named:
            text = named[str(value)]
        elif str(value) in Reason.__members__:
            text = REASON_ZH[Reason(str(value))] if i18n.current_language() != "en" \
                else str(value).replace("_", " ").lower()
        elif str(value) in STATUS_NAMES:
            text = status_name(str(value))
        elif key == "route":
            text = routed_by(str(value))
        else:
            text = str(value)
        parts.append(tr(DETAIL).format(key=label, value=text))
    return tr(DETAIL_SEPARATOR).join(parts)


def routed_by(reason: str) -> str:
    for prefix, text in ROUTED_BY.items():
        if reason.startswith(prefix):
            return tr(text).format(rest=reason[len(prefix):])
    return reason


def event_name(event: str) -> str:
    text = EVENT_NAMES.get(event)
    return tr(text) if text else event


def scan_rejection(reason: str, code: str) -> str:
    """What ScanInput's `rejected(raw, reason, message)` means, for the user."""
    return tr(SCAN_REJECTIONS.get(reason, SCAN_REJECTIONS["other"])).format(code=code)


def field_error(exc: DomainError) -> str:
    """The short reason shown beside a form field."""
    return reason_text(str(exc.params.get("reason", "")), exc.message)


def reason_text(code: str, fallback: str) -> str:
    text = FIELD_ERRORS.get(code)
    return tr(text) if text else fallback


#: Bags voided and print jobs (issue 12): by the error's reason.
BAG_AND_PRINT = {
    "bag_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "Bag {bag} still holds {pieces} parcel(s): take them out before voiding it"),
    "bag_not_open": QT_TRANSLATE_NOOP(
        "Messages", "Bag {bag} is no longer open: only an open, empty bag can be voided"),
    "unknown_job": QT_TRANSLATE_NOOP("Messages", "Print job {job} does not exist"),
}


class _Params(dict[str, object]):
    """An error's params for a sentence: statuses in words, a missing one left out."""

    def __missing__(self, key: str) -> str:
        return ""

    def __getitem__(self, key: str) -> object:
        value = super().__getitem__(key) if key in self else ""
        if key in ("current", "requested", "status") and value:
            return status_name(str(value))
        return "" if value is None else value


def _sentence(exc: DomainError) -> str | None:
    """The translated sentence for `exc`'s reason (or code), or None when it has none."""
    reason = str(exc.params.get("reason") or "")
    text = (REASONS.get(f"{exc.code}:{reason}") or REASONS.get(reason)
            or FIELD_ERRORS.get(reason) if reason else None) or CODES.get(exc.code)
    if text is None:
        return None
    return " ".join(tr(text).format_map(_Params(exc.params)).split())


def _hub_refusal(exc: DomainError) -> str | None:
    """The hub services' own refusals (bags, manifests, merchants) in the user's language."""
    p = exc.params
    reason = p.get("reason")
    code = str(p.get("code", ""))
    if reason == "wrong_destination":
        text = QCoreApplication.translate(
            "HubMessages", "{code} goes to {sort_code}, not {destination}: put it with the "
            "right destination")
        return text.format(code=code, sort_code=p.get("sort_code") or "—",
                           destination=p.get("destination", ""))
    if reason == "bag_sealed":
        return QCoreApplication.translate(
            "HubMessages", "Bag {code} is sealed: it takes no more parcels").format(code=code)
    if reason == "other_merchant":
        return QCoreApplication.translate(
            "HubMessages", "{code} belongs to another merchant").format(code=code)
    if reason == "has_parcels":
        return QCoreApplication.translate(
            "HubMessages", "This merchant has {n} parcel(s): it cannot be deleted, only "
            "deactivated").format(n=p.get("parcels", ""))
    if reason in ("unknown_bag", "unknown_manifest"):
        return QCoreApplication.translate(
            "HubMessages", "{code}: no such bag or manifest").format(code=code)
    return None


def describe(exc: DomainError) -> str:
    hub = _hub_refusal(exc)
    if hub is not None:
        return hub
    p = exc.params
    code = str(p.get("code", ""))
    if exc.code == "not_found" and p.get("reason") == "unknown_waybill":
        return tr(UNKNOWN_WAYBILL).format(code=code)
    if exc.code == "invalid" and p.get("reason") in ("check_digit", "format", "piece") \
            and "row" not in p:
        return scan_rejection(str(p["reason"]), str(p.get("value", code)))
    if exc.code == "illegal_transition" and "current" in p and "requested" in p \
            and (exc.message.startswith(f"{code} is ") or i18n.current_language() != "en") \
            and (i18n.current_language() == "en" or _sentence(exc) is None):
        return tr(ILLEGAL).format(code=code, current=status_name(str(p["current"])),
                                  requested=status_name(str(p["requested"]))).strip()
    if exc.code == "wrong_location" and p.get("reason") in WRONG_LOCATION:
        return tr(WRONG_LOCATION[str(p["reason"])]).format(
            code=code, status=status_name(str(p.get("status"))),
            at=p.get("at_label") or p.get("at") or "—",
            destination=p.get("destination_label") or p.get("destination") or "—")
    if exc.code == "illegal_transition" and p.get("reason") == "not_editable":
        return tr(NOT_EDITABLE).format(code=code, current=status_name(str(p.get("status"))))
    if exc.code == "invalid" and p.get("reason") == "prohibited":
        return tr(PROHIBITED).format(words=p.get("words", ""))
    if exc.code == "invalid" and p.get("reason") == "no_agreement":
        return tr(NO_AGREEMENT).format(merchant=p.get("merchant", ""))
    if exc.code == "invalid" and p.get("reason") in BILLING:
        return tr(BILLING[str(p["reason"])]).format(
            value=p.get("value", ""), month=p.get("month", ""), bill=p.get("bill", ""))
    permission = PERMISSION_NAMES.get(str(p.get("permission", "")))
    if exc.code == "permission_denied" and permission \
            and (p.get("reason") not in REASONS or p.get("reason") == "role_permission") \
            and i18n.current_language() != "en":
        if p.get("role"):
            return tr(NOT_ALLOWED_TO).format(role=role_name(p["role"]),
                                             permission=tr(permission))
        return tr(NOT_ALLOWED).format(detail=tr(permission))
    if exc.code == "permission_denied" and p.get("reason") not in REASONS:
        return tr(NOT_ALLOWED).format(detail=exc.message)
    if exc.code == "auth_failed":
        return tr(AUTH_FAILED)
    if exc.code == "account_locked":
        return tr(LOCKED_OUT)
    install = exc.code if exc.code == "password_change_required" else str(p.get("reason"))
    if install in INSTALL_PROBLEMS:
        return tr(INSTALL_PROBLEMS[install]).format(username=p.get("username", ""),
                                                    value=p.get("value", ""))
    reason = p.get("reason")
    if reason in BAG_AND_PRINT:
        return tr(BAG_AND_PRINT[str(reason)]).format(
            bag=p.get("bag", ""), pieces=p.get("pieces", ""), job=p.get("job", ""),
            status=p.get("status", ""))
    if exc.code in ("store_unavailable", "schema_too_new") and reason in STORE_PROBLEMS:
        return tr(STORE_PROBLEMS[str(reason)])
    if i18n.current_language() != "en":
        sentence = _sentence(exc)
        if sentence:
            return sentence
    return exc.message
