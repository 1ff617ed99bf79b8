"""The printed receipt's own words (titles, headings, field labels) in vi, fr and en.

One table like every printed document's (printing/words.py); the receipt is printed in
the language it was given in. The purposes' words come from the
policy version, the partners' purposes from the catalogue's DisclosurePurpose labels.
"""

from __future__ import annotations

from jpf_desk.printing.words import WordTable, pick_words

_WORDS: WordTable = {
    # key: (vi, fr, en)
    "title": ("PHIẾU XÁC NHẬN ĐỒNG Ý XỬ LÝ DỮ LIỆU CÁ NHÂN",
              "REÇU DE CONSENTEMENT AU TRAITEMENT DES DONNÉES PERSONNELLES",
              "PERSONAL DATA CONSENT RECEIPT"),
    "title_withdrawal": ("PHIẾU XÁC NHẬN RÚT LẠI SỰ ĐỒNG Ý",
                         "REÇU DE RETRAIT DU CONSENTEMENT", "CONSENT WITHDRAWAL RECEIPT"),
    "code_status": ("Mã phiếu: {code} | Trạng thái: {status}",
                    "Code du reçu : {code} | Statut : {status}",
                    "Receipt code: {code} | Status: {status}"),
    "copy_banner": ("BẢN SAO – in lại lúc {at}", "COPIE – réimprimée le {at}",
                    "COPY – reprinted at {at}"),
    "copy_short": ("BẢN SAO", "COPIE", "COPY"),
    "page": ("Phiếu {code} – trang {page}/{pages}", "Reçu {code} – page {page}/{pages}",
             "Receipt {code} – page {page} of {pages}"),
    "receipt_id": ("Mã phiếu (ID)", "Identifiant du reçu", "Receipt ID"),
    "supersedes": ("Thay thế phiếu", "Remplace le reçu", "Replaces receipt"),
    "law": ("Pháp luật áp dụng", "Droit applicable", "Applicable law"),
    "law_value": ("Việt Nam (VN) – Luật 91/2025/QH15; Nghị định 356/2025/NĐ-CP",
                  "Viêt Nam (VN) – Loi 91/2025/QH15 ; Décret 356/2025/NĐ-CP",
                  "Vietnam (VN) – Law 91/2025/QH15; Decree 356/2025/NĐ-CP"),
    "qr_note": ("Mã QR: ID | SHA-256, để đối chiếu bản in",
                "QR : ID | SHA-256, pour vérifier l'imprimé",
                "QR: ID | SHA-256, to check this printout"),
    "h_collection": ("Thu thập", "Recueil", "Collection"),
    "h_customer": ("Khách hàng", "Client", "Customer"),
    "h_controller": ("Bên kiểm soát dữ liệu và nơi gửi yêu cầu",
                     "Responsable du traitement et où adresser vos demandes",
                     "Controller and where to make requests"),
    "controller_jpf": ("JPF (bên kiểm soát dữ liệu)", "JPF (responsable du traitement)",
                       "JPF (data controller)"),
    "controller_centre": ("Cơ sở của bạn (nhận yêu cầu)", "Votre centre (reçoit les demandes)",
                          "Your centre (receives requests)"),
    "h_purposes": ("Mục đích và lựa chọn", "Finalités et choix", "Purposes and choices"),
    "h_partners": ("Chia sẻ với đối tác", "Partage avec des partenaires",
                   "Sharing with partners"),
    "h_sensitive": ("Dữ liệu nhạy cảm", "Données sensibles", "Sensitive data"),
    "h_withdrawal": ("Điều gì thay đổi khi rút lại", "Ce que change le retrait",
                     "What withdrawing changes"),
    "h_rights": ("Quyền của bạn", "Vos droits", "Your rights"),
    "h_signatures": ("Chữ ký", "Signatures", "Signatures"),
    "h_integrity": ("Tính toàn vẹn", "Intégrité", "Integrity"),
    "consented_at": ("Thời điểm đồng ý", "Consenti le", "Time of consent"),
    "withdrawn_at": ("Thời điểm rút lại", "Retiré le", "Time of withdrawal"),
    "printed_at": ("Thời điểm in", "Imprimé le", "Printed at"),
    # A receipt made on a desk whose clock was off (domain/clock_skew.receipt_time).
    "clock_corrected": ("Giờ đã hiệu chỉnh", "Heure corrigée", "Time corrected"),
    "clock_corrected_value": (
        "đồng hồ của máy ghi {desk}; giờ trên được hiệu chỉnh theo giờ trụ sở chính "
        "(đo lúc {measured})",
        "l'horloge du poste indiquait {desk} ; l'heure ci-dessus est corrigée d'après "
        "l'horloge du siège (mesurée le {measured})",
        "the desk's clock read {desk}; the time above is corrected to head office's clock "
        "(measured at {measured})"),
    "method": ("Hình thức", "Mode de recueil", "Method"),
    "signed_on": ("Ngày ký mẫu giấy", "Formulaire signé le", "Paper form signed on"),
    "centre": ("Cơ sở", "Centre", "Centre"),
    "staff": ("Nhân viên", "Employé", "Staff member"),
    "language": ("Ngôn ngữ của phiếu", "Langue du reçu", "Language of the receipt"),
    "full_name": ("Họ và tên", "Nom complet", "Full name"),
    "erased": ("(đã xóa theo yêu cầu xóa dữ liệu)", "(effacé à la suite d'une demande)",
               "(erased at the customer's request)"),
    "birth_date": ("Ngày sinh", "Date de naissance", "Date of birth"),
    "contact": ("Liên hệ", "Contact", "Contact"),
    "id_document": ("Giấy tờ tùy thân", "Pièce d'identité", "ID document"),
    "guardian": ("Người giám hộ", "Représentant légal", "Guardian"),
    "relationship": ("Quan hệ", "Lien", "Relationship"),
    "guardian_contact": ("Liên hệ người giám hộ", "Contact du représentant",
                         "Guardian's contact"),
    "guardian_agreed": ("Người giám hộ đồng ý", "Accord du représentant", "Guardian agreed"),
    "child_agreed": ("Trẻ (từ 7 tuổi) đồng ý", "Accord de l'enfant (7 ans et plus)",
                     "Child (7 or over) agreed"),
    "child_under_7": ("Trẻ dưới 7 tuổi: người giám hộ quyết định",
                      "Enfant de moins de 7 ans : le représentant décide",
                      "Child under 7: the guardian decides"),
    "withdrawn_by": ("Người rút lại", "Retrait demandé par", "Withdrawn by"),
    "withdrawn_by_customer": ("Khách hàng", "Le client", "The customer"),
    "withdrawn_by_unrecorded": ("Người giám hộ (tên không được ghi nhận khi rút lại)",
                                "Le représentant (nom non consigné lors du retrait)",
                                "The guardian (name not recorded at withdrawal)"),
    "policy_version": ("Phiên bản chính sách", "Version de la politique", "Policy version"),
    "policy_sha": ("SHA-256 văn bản chính sách", "SHA-256 du texte de la politique",
                   "SHA-256 of the policy text"),
    "reference_note": (
        "Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc.",
        "Le texte de référence est la politique en vietnamien (SHA-256 ci-dessus) ; les "
        "finalités traduites ici sont données pour information.",
        "The reference text is the Vietnamese policy (SHA-256 above); the purposes translated "
        "here are for information."),
    "missing": ("CHƯA CÓ – chưa được thiết lập", "MANQUANT – non renseigné",
                "MISSING – not set"),
    "missing_note": ("Thiếu thông tin liên hệ của bên kiểm soát: {fields}. Hãy hỏi nhân viên.",
                     "Coordonnées du responsable incomplètes : {fields}. Demandez au personnel.",
                     "Controller contact details missing: {fields}. Ask the staff."),
    "col_choice": ("Lựa chọn", "Choix", "Choice"),
    "col_purpose": ("Mục đích", "Finalité", "Purpose"),
    "col_kept": ("Thời gian lưu trữ", "Durée de conservation", "Kept for"),
    "col_partner": ("Đối tác", "Partenaire", "Partner"),
    "col_abroad": ("Ra nước ngoài", "À l'étranger", "Abroad"),
    "required_note": (" (bắt buộc để ghi danh)", " (nécessaire à l'inscription)",
                      " (needed to enrol)"),
    "no_partners": ("Không có chia sẻ với đối tác nào trên phiếu này.",
                    "Aucun partage avec un partenaire sur ce reçu.",
                    "No sharing with any partner on this receipt."),
    "decided_by": ("quyết định bởi {name} ({relationship}){child}",
                   "décidé par {name} ({relationship}){child}",
                   "decided by {name} ({relationship}){child}"),
    "decided_child": (", trẻ đồng ý", ", l'enfant a accepté", ", the child agreed"),
    "sensitive_yes": ("Có: {kinds}", "Oui : {kinds}", "Yes: {kinds}"),
    "sensitive_no": ("Không xử lý dữ liệu nhạy cảm.", "Aucune donnée sensible traitée.",
                     "No sensitive data processed."),
    "yes": ("Có", "Oui", "Yes"),
    "no": ("Không", "Non", "No"),
    "sign_customer": ("Khách hàng", "Le client", "Customer"),
    "sign_child": ("Trẻ (từ 7 tuổi)", "L'enfant (7 ans et plus)", "Child (7 or over)"),
    "sign_guardian": ("Người giám hộ", "Le représentant légal", "Guardian"),
    "sign_staff": ("Nhân viên JPF", "Employé JPF", "JPF staff member"),
    "chain_position": ("Vị trí trong chuỗi", "Position dans la chaîne", "Position in chain"),
    "chain_value": ("{position} (máy {store})", "{position} (poste {store})",
                    "{position} (desk {store})"),
    "receipt_hash": ("SHA-256 của phiếu", "SHA-256 du reçu", "SHA-256 of the receipt"),
    "previous_hash": ("SHA-256 phiếu trước", "SHA-256 du reçu précédent",
                      "SHA-256 of the previous receipt"),
    "partner_stopped": ("JPF sẽ không gửi dữ liệu của bạn cho {partner} ({purpose}) nữa.",
                        "JPF n'enverra plus vos données à {partner} ({purpose}).",
                        "JPF will no longer send your data to {partner} ({purpose})."),
    "before_stays": ("Những gì đã thực hiện trước khi rút lại vẫn được lưu hồ sơ.",
                     "Ce qui a été fait avant le retrait reste consigné.",
                     "What was done before the withdrawal stays on record."),
    "rights": (
        "Theo Luật 91/2025/QH15 (Điều 4), bạn có quyền: được biết; đồng ý, từ chối hoặc rút "
        "lại sự đồng ý bất cứ lúc nào; xem và yêu cầu chỉnh sửa; yêu cầu cung cấp, xóa hoặc "
        "hạn chế xử lý dữ liệu; phản đối xử lý; khiếu nại, tố cáo, khởi kiện và yêu cầu bồi "
        "thường; theo dõi việc trao đổi dữ liệu giữa JPF và đối tác. Gửi yêu cầu tại bất kỳ "
        "cơ sở JPF nào. Theo Nghị định 356/2025/NĐ-CP (Điều 5), tính từ ngày nhận yêu cầu: "
        "JPF xác nhận đã nhận trong {ack} ngày làm việc; trả lời yêu cầu rút lại sự đồng ý, "
        "hạn chế hoặc phản đối trong {withdraw}; xem, chỉnh sửa, cung cấp bản sao trong "
        "{access}; xóa dữ liệu trong {delete}. Mỗi thời hạn chỉ được gia hạn một lần, có lý "
        "do bằng văn bản.",
        "Selon la loi 91/2025/QH15 (art. 4), vous pouvez : être informé ; consentir, refuser "
        "ou retirer votre consentement à tout moment ; consulter et faire corriger ; demander "
        "la communication, l'effacement ou la limitation ; vous opposer ; réclamer, dénoncer, "
        "agir en justice et demander réparation ; suivre les échanges de données entre JPF et "
        "ses partenaires. Demandes dans tout centre JPF. Selon le décret 356/2025/NĐ-CP "
        "(art. 5), à compter de la réception : accusé de réception sous {ack} jours ouvrés ; "
        "retrait, limitation, opposition sous {withdraw} ; consultation, correction, copie "
        "sous {access} ; effacement sous {delete}. Une seule prolongation, motivée par écrit.",
        "Under Law 91/2025/QH15 (Art. 4) you may: be informed; consent, refuse or withdraw "
        "consent at any time; view and ask for correction; ask for your data to be provided, "
        "erased or restricted; object; complain, sue and claim damages; follow the exchange "
        "of your data between JPF and its partners. Ask at any JPF centre. Under Decree "
        "356/2025/NĐ-CP (Art. 5), counted from the day the request is received: JPF "
        "acknowledges within {ack} working days; answers withdrawal, restriction or objection "
        "within {withdraw}; viewing, correction or a copy within {access}; erasure within "
        "{delete}. One extension only, with a written reason."),
    "period": ("{days} {unit} ({partners} {unit} nếu bên thứ ba phải thực hiện)",
               "{days} {unit} ({partners} si un tiers doit agir)",
               "{days} {unit} ({partners} if a third party must act)"),
    "unit_calendar": ("ngày lịch", "jours calendaires", "calendar days"),
    "unit_working": ("ngày làm việc", "jours ouvrés", "working days"),
    "language_vi": ("Tiếng Việt", "Vietnamien", "Vietnamese"),
    "language_fr": ("Tiếng Pháp", "Français", "French"),
    "language_en": ("Tiếng Anh", "Anglais", "English"),
}

def receipt_words(lang: str) -> dict[str, str]:
    """Every word of the receipt in `lang`, placeholders left for the caller."""
    return pick_words(_WORDS, lang)
