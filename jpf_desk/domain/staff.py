"""Staff roles, the one permission table saying which role may do what, and the check.

The rule used to be written out wherever a manager's decision was needed (erasure,
the holiday calendar, approving an update...), as "is a manager"; an action-by-role
table keeps every refusal in one place, so the window can hide what a role may not do
and every service refuses it with the same answer, whoever calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jpf_desk.domain.errors import NotAllowed
from jpf_desk.domain.labels import register_labels
from jpf_desk.domain.messages import register


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    CONSULTANT = "consultant"
    MANAGER = "manager"
    ADMIN = "admin"


register_labels(Role, {
    "receptionist": {"vi": "Lễ tân", "fr": "Réceptionniste", "en": "Receptionist"},
    "consultant": {"vi": "Tư vấn viên", "fr": "Conseiller", "en": "Consultant"},
    "manager": {"vi": "Quản lý", "fr": "Responsable", "en": "Manager"},
    "admin": {"vi": "Quản trị", "fr": "Administrateur", "en": "Administrator"},
})


class Action(StrEnum):
    """Things a staff member does that not every role may do (or that every role may
    do but only once signed in: the customer's record, consent, enrolment)."""

    WORK_WITH_CUSTOMERS = "work_with_customers"
    PRINT_RECEIPT = "print_receipt"
    EXPORT_LIST = "export_list"
    OPEN_DOCUMENT = "open_document"
    SEND_TO_PARTNER = "send_to_partner"
    ACCESS_REPORT = "access_report"
    APPROVE_CORRECTION = "approve_correction"
    LIFT_RESTRICTION = "lift_restriction"
    ERASE = "erase"
    EDIT_CALENDAR = "edit_calendar"
    MANAGE_STAFF = "manage_staff"
    READ_ACCESS_LOG = "read_access_log"
    MANAGE_STORE = "manage_store"  # backup, restore, the recovery sheet: every customer's data
    MARKETING_LIST = "marketing_list"
    ANALYTICS_EXPORT = "analytics_export"
    LIST_HANDOVERS = "list_handovers"
    REVIEW_RETENTION = "review_retention"  # the list of data past its period (erasure: ERASE)
    RECORD_TRANSFER_FILING = "record_transfer_filing"
    EDIT_CONTROLLER_DETAILS = "edit_controller_details"
    IMPORT_CUSTOMERS = "import_customers"
    EDIT_DESK_SETTINGS = "edit_desk_settings"
    RESOLVE_SYNC_CONFLICT = "resolve_sync_conflict"  # choose whose value a record keeps
    TAKE_PAYMENT = "take_payment"
    PRINT_PAYMENT_RECEIPT = "print_payment_receipt"
    CASH_SUMMARY_ALL = "cash_summary_all"  # every staff member's day (one's own: anyone)
    SYNC = "sync"  # send and receive every customer's rows, set where head office is
    VERIFY_PROOF = "verify_proof"  # read every receipt and access-log event to check them
    CONNECT_HEAD_OFFICE = "connect_head_office"  # where every customer's rows are sent


register_labels(Action, {
    "work_with_customers": {"vi": "Làm việc với hồ sơ khách hàng", "fr": "Travailler sur les fiches clients",
                            "en": "Work with customers' records"},
    "print_receipt": {"vi": "In / xuất biên nhận đồng ý", "fr": "Imprimer / exporter un reçu",
                      "en": "Print / export a consent receipt"},
    "export_list": {"vi": "Xuất danh sách", "fr": "Exporter une liste", "en": "Export a list"},
    "open_document": {"vi": "Mở tài liệu hồ sơ du học", "fr": "Ouvrir une pièce de dossier",
                      "en": "Open a dossier document"},
    "send_to_partner": {"vi": "Gửi dữ liệu cho đối tác", "fr": "Envoyer des données à un partenaire",
                        "en": "Send data to a partner"},
    "access_report": {"vi": "Lập báo cáo toàn bộ dữ liệu", "fr": "Établir le relevé des données",
                      "en": "Produce an access report"},
    "approve_correction": {"vi": "Duyệt yêu cầu sửa dữ liệu", "fr": "Valider une rectification",
                           "en": "Approve a correction"},
    "lift_restriction": {"vi": "Gỡ hạn chế xử lý", "fr": "Lever une limitation",
                         "en": "Lift a restriction"},
    "erase": {"vi": "Xóa dữ liệu khách hàng", "fr": "Effacer les données d'un client",
              "en": "Erase a customer's data"},
    "edit_calendar": {"vi": "Sửa lịch nghỉ lễ", "fr": "Modifier le calendrier des fériés",
                      "en": "Edit the holiday calendar"},
    "manage_staff": {"vi": "Quản lý nhân viên", "fr": "Gérer le personnel", "en": "Manage staff"},
    "read_access_log": {"vi": "Xem nhật ký truy cập", "fr": "Consulter le journal des accès",
                        "en": "Read the access log"},
    "manage_store": {"vi": "Sao lưu và khôi phục kho dữ liệu",
                     "fr": "Sauvegarder et restaurer le dépôt",
                     "en": "Back up and restore the store"},
    "marketing_list": {"vi": "Xuất danh sách gửi tin quảng cáo",
                       "fr": "Exporter la liste de prospection", "en": "Export the marketing list"},
    "analytics_export": {"vi": "Xuất dữ liệu phân tích", "fr": "Exporter les données d'analyse",
                         "en": "Export the analytics data"},
    "list_handovers": {"vi": "Xem danh sách chuyển giao đồng ý tuổi 16",
                       "fr": "Voir les passages de consentement à 16 ans",
                       "en": "See the consent handovers at 16"},
    "review_retention": {"vi": "Xem dữ liệu quá thời hạn lưu trữ",
                         "fr": "Voir les données au-delà de leur durée de conservation",
                         "en": "See data kept past its retention period"},
    "record_transfer_filing": {"vi": "Ghi nhận nộp hồ sơ đánh giá tác động chuyển dữ liệu ra nước ngoài",
                               "fr": "Enregistrer le dépôt de l'analyse d'impact des transferts",
                               "en": "Record the transfer impact dossier's filing"},
    "edit_controller_details": {"vi": "Sửa thông tin liên hệ in trên phiếu đồng ý",
                                "fr": "Modifier les coordonnées imprimées sur les reçus",
                                "en": "Edit the contact details printed on receipts"},
    "import_customers": {"vi": "Nhập khách hàng từ bảng tính",
                         "fr": "Importer des clients depuis un tableur",
                         "en": "Import customers from a spreadsheet"},
    "edit_desk_settings": {"vi": "Sửa cài đặt của quầy", "fr": "Modifier les réglages du poste",
                           "en": "Edit the desk's settings"},
    "resolve_sync_conflict": {"vi": "Chọn giá trị giữ lại khi đồng bộ bị xung đột",
                              "fr": "Choisir la valeur gardée lors d'un conflit de synchronisation",
                              "en": "Choose the value kept in a sync conflict"},
    "take_payment": {"vi": "Thu học phí", "fr": "Encaisser un paiement", "en": "Take a payment"},
    "print_payment_receipt": {"vi": "In biên lai thu tiền", "fr": "Imprimer un reçu de paiement",
                              "en": "Print a payment receipt"},
    "cash_summary_all": {"vi": "Xem bảng kê thu tiền của mọi nhân viên",
                         "fr": "Voir le relevé de caisse de tout le personnel",
                         "en": "See every staff member's cash summary"},
    "sync": {"vi": "Đồng bộ với trụ sở chính", "fr": "Synchroniser avec le siège",
             "en": "Sync with head office"},
    "verify_proof": {"vi": "Kiểm tra bằng chứng đồng ý và nhật ký truy cập",
                     "fr": "Vérifier les preuves de consentement et le journal des accès",
                     "en": "Check the consent proof and the access log"},
    "connect_head_office": {"vi": "Đặt máy chủ trụ sở chính", "fr": "Définir le serveur du siège",
                            "en": "Set the head-office server"},
})


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]
    refused: str  # the message code the person reads when refused


_ALL = frozenset(Role)
_ADVISERS = frozenset({Role.CONSULTANT, Role.MANAGER, Role.ADMIN})
_MANAGERS = frozenset({Role.MANAGER, Role.ADMIN})

PERMISSIONS: dict[Action, Rule] = {
    Action.WORK_WITH_CUSTOMERS: Rule(_ALL, "staff.not_allowed"),
    Action.PRINT_RECEIPT: Rule(_ALL, "staff.not_allowed"),
    Action.EXPORT_LIST: Rule(_ALL, "staff.not_allowed"),
    Action.OPEN_DOCUMENT: Rule(_ADVISERS, "dossier.document_advisers_only"),
    Action.SEND_TO_PARTNER: Rule(_ADVISERS, "sharing.advisers_only"),
    Action.ACCESS_REPORT: Rule(_MANAGERS, "access_report.manager_only"),
    Action.APPROVE_CORRECTION: Rule(_MANAGERS, "request.approver_role"),
    Action.LIFT_RESTRICTION: Rule(_MANAGERS, "rights.manager_only"),
    Action.ERASE: Rule(_MANAGERS, "erasure.manager_only"),
    Action.EDIT_CALENDAR: Rule(_MANAGERS, "holidays.manager_only"),
    Action.MANAGE_STAFF: Rule(_MANAGERS, "staff.manager_only"),
    Action.READ_ACCESS_LOG: Rule(_MANAGERS, "access_log.manager_only"),
    Action.MANAGE_STORE: Rule(_MANAGERS, "store.manager_only"),
    Action.MARKETING_LIST: Rule(_MANAGERS, "lists.manager_only"),
    Action.ANALYTICS_EXPORT: Rule(_MANAGERS, "lists.manager_only"),
    Action.LIST_HANDOVERS: Rule(_ALL, "staff.not_allowed"),
    Action.REVIEW_RETENTION: Rule(_MANAGERS, "retention.manager_only"),
    Action.RECORD_TRANSFER_FILING: Rule(_MANAGERS, "transfer.manager_only"),
    Action.EDIT_CONTROLLER_DETAILS: Rule(_MANAGERS, "controller.manager_only"),
    Action.IMPORT_CUSTOMERS: Rule(_MANAGERS, "import.manager_only"),
    Action.EDIT_DESK_SETTINGS: Rule(_MANAGERS, "settings.manager_only"),
    # Settling a conflict overrides a colleague's edit of a record: the manager decides.
    Action.RESOLVE_SYNC_CONFLICT: Rule(_MANAGERS, "sync.conflict_manager_only"),
    Action.TAKE_PAYMENT: Rule(_ALL, "staff.not_allowed"),
    Action.PRINT_PAYMENT_RECEIPT: Rule(_ALL, "staff.not_allowed"),
    Action.CASH_SUMMARY_ALL: Rule(_MANAGERS, "cash.manager_only"),
    # Every role has the Sync section in the window (the command line is no wider).
    Action.SYNC: Rule(_ALL, "staff.not_allowed"),
    # An audit of every desk's chains (the access log's too, a manager's to read).
    Action.VERIFY_PROOF: Rule(_MANAGERS, "verify.manager_only"),
    # Syncing sends to the server that is set: pointing it elsewhere would send every
    # customer's rows there, so a manager sets it.
    Action.CONNECT_HEAD_OFFICE: Rule(_MANAGERS, "sync.connect_manager_only"),
}


def may(role: str | None, action: Action) -> bool:
    """Whether a staff member with this stored role (None: unknown staff) may do it.

    A stored role this version does not know (a newer head office) may do nothing."""
    try:
        known = Role(role) if role else None
    except ValueError:
        return False
    return known is not None and known in PERMISSIONS[action].roles


def require(role: str | None, action: Action) -> None:
    """Raise NotAllowed with the action's own code unless `role` may do it."""
    if not may(role, action):
        raise NotAllowed(PERMISSIONS[action].refused, role=role or "")


register({
    "staff.not_allowed": {
        "vi": "Bạn không có quyền thực hiện việc này.",
        "fr": "Vous n'avez pas le droit de faire cela.",
        "en": "You are not allowed to do this.",
    },
    "staff.manager_only": {
        "vi": "Chỉ quản lý mới được thêm nhân viên hoặc đặt lại mật khẩu.",
        "fr": "Seul un responsable peut ajouter un employé ou réinitialiser un mot de passe.",
        "en": "Only a manager can add staff or reset a password.",
    },
    "dossier.document_advisers_only": {
        "vi": "Chỉ tư vấn viên hoặc quản lý mới được mở tài liệu của hồ sơ.",
        "fr": "Seuls un conseiller ou un responsable peuvent ouvrir les pièces d'un dossier.",
        "en": "Only a consultant or a manager can open a dossier's documents.",
    },
    "sharing.advisers_only": {
        "vi": "Chỉ tư vấn viên hoặc quản lý mới được gửi dữ liệu cho đối tác.",
        "fr": "Seuls un conseiller ou un responsable peuvent envoyer des données à un partenaire.",
        "en": "Only a consultant or a manager can send data to a partner.",
    },
    "access_report.manager_only": {
        "vi": "Chỉ quản lý mới được lập báo cáo toàn bộ dữ liệu của khách hàng.",
        "fr": "Seul un responsable peut établir le relevé de toutes les données d'un client.",
        "en": "Only a manager can produce a report of everything held on a customer.",
    },
    "store.manager_only": {
        "vi": "Chỉ quản lý mới được sao lưu, khôi phục kho dữ liệu hoặc in phiếu khôi phục.",
        "fr": "Seul un responsable peut sauvegarder ou restaurer le dépôt, ou imprimer la "
              "fiche de secours.",
        "en": "Only a manager can back up or restore the store, or print the recovery sheet.",
    },
    "lists.manager_only": {
        "vi": "Chỉ quản lý mới được xuất danh sách quảng cáo hoặc dữ liệu phân tích.",
        "fr": "Seul un responsable peut exporter la liste de prospection ou les données d'analyse.",
        "en": "Only a manager can export the marketing list or the analytics data.",
    },
    "retention.manager_only": {
        "vi": "Chỉ quản lý mới được xem dữ liệu quá thời hạn lưu trữ.",
        "fr": "Seul un responsable peut voir les données au-delà de leur durée de conservation.",
        "en": "Only a manager can see data kept past its retention period.",
    },
    "settings.manager_only": {
        "vi": "Chỉ quản lý mới được sửa cài đặt của quầy.",
        "fr": "Seul un responsable peut modifier les réglages du poste.",
        "en": "Only a manager can change the desk's settings.",
    },
    "controller.manager_only": {
        "vi": "Chỉ quản lý mới được sửa thông tin liên hệ in trên phiếu đồng ý.",
        "fr": "Seul un responsable peut modifier les coordonnées imprimées sur les reçus.",
        "en": "Only a manager can change the contact details printed on receipts.",
    },
    "import.manager_only": {
        "vi": "Chỉ quản lý mới được nhập khách hàng từ bảng tính.",
        "fr": "Seul un responsable peut importer des clients depuis un tableur.",
        "en": "Only a manager can import customers from a spreadsheet.",
    },
    "transfer.manager_only": {
        "vi": "Chỉ quản lý mới được ghi nhận việc nộp hồ sơ đánh giá tác động.",
        "fr": "Seul un responsable peut enregistrer le dépôt de l'analyse d'impact.",
        "en": "Only a manager can record the filing of the impact assessment.",
    },
    "cash.manager_only": {
        "vi": "Chỉ quản lý mới được xem bảng kê thu tiền của nhân viên khác.",
        "fr": "Seul un responsable peut voir le relevé de caisse d'un autre employé.",
        "en": "Only a manager can see another staff member's cash summary.",
    },
    "verify.manager_only": {
        "vi": "Chỉ quản lý mới được kiểm tra bằng chứng đồng ý và nhật ký truy cập.",
        "fr": "Seul un responsable peut vérifier les preuves de consentement et le journal des accès.",
        "en": "Only a manager can check the consent proof and the access log.",
    },
    "sync.connect_manager_only": {
        "vi": "Chỉ quản lý mới được đặt máy chủ trụ sở chính.",
        "fr": "Seul un responsable peut définir le serveur du siège.",
        "en": "Only a manager can set the head-office server.",
    },
    "access_log.manager_only": {
        "vi": "Chỉ quản lý mới được xem nhật ký truy cập.",
        "fr": "Seul un responsable peut consulter le journal des accès.",
        "en": "Only a manager can read the access log.",
    },
})
