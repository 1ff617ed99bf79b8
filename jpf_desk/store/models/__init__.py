"""All mapped tables; importing this module registers them on Base.metadata."""

from jpf_desk.store.models.access_log import AccessEvent
from jpf_desk.store.models.consent import ConsentEvent, ConsentReceipt
from jpf_desk.store.models.consent_chain import ConsentChainLink
from jpf_desk.store.models.controller import ControllerContact
from jpf_desk.store.models.courses import Course, CourseClass
from jpf_desk.store.models.credentials import StaffCredential
from jpf_desk.store.models.customers import Customer, Guardian
from jpf_desk.store.models.disclosures import Disclosure, PartnerRequest
from jpf_desk.store.models.dossiers import (
    DocumentKind,
    Dossier,
    DossierDocument,
    DossierStageChange,
    ProgrammeChoice,
)
from jpf_desk.store.models.enrolments import Enrolment, Payment
from jpf_desk.store.models.history import FieldChange, OutboxEntry
from jpf_desk.store.models.org import Centre, Staff
from jpf_desk.store.models.partners import Partner, PartnerScope
from jpf_desk.store.models.requests import (
    DataRequest,
    ErasureTombstone,
    FollowUpTask,
    PublicHoliday,
    RequestFieldChange,
    RequestPeriod,
    RequestStep,
    Restriction,
)
from jpf_desk.store.models.settings import DeskSettings, StoreSetting
from jpf_desk.store.models.sync_inbox import SyncInboxRow
from jpf_desk.store.models.sync_state import SyncConflict, SyncState
from jpf_desk.store.models.transfers import TransferFiling

__all__ = [
    "AccessEvent", "StaffCredential",
    "Disclosure", "DocumentKind", "Dossier", "DossierDocument", "DossierStageChange",
    "Partner", "PartnerRequest", "PartnerScope", "ProgrammeChoice",
    "Centre", "ConsentChainLink", "ConsentEvent", "ControllerContact", "ConsentReceipt", "Course", "CourseClass", "Customer", "Enrolment", "FieldChange",
    "Guardian", "OutboxEntry", "Payment", "Staff", "StoreSetting", "DeskSettings",
    "SyncConflict", "SyncInboxRow", "SyncState",
    "DataRequest", "ErasureTombstone", "FollowUpTask", "PublicHoliday", "RequestFieldChange",
    "RequestPeriod", "RequestStep", "Restriction", "TransferFiling",
]
