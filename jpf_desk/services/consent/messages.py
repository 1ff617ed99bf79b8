"""Texts of the consent.* error codes (vi, fr, en)."""

from __future__ import annotations

from jpf_desk.domain.messages import register

register({
    "consent.unknown_purpose": {
        "vi": "Mục đích không có trong chính sách hiện hành.",
        "fr": "Finalité absente de la politique en vigueur.",
        "en": "This purpose is not in the current policy.",
    },
    "consent.bad_language": {
        "vi": "Ngôn ngữ của mẫu đồng ý không được hỗ trợ.",
        "fr": "Langue du formulaire non prise en charge.",
        "en": "The form's language is not supported.",
    },
    "consent.paper_date_required": {
        "vi": "Vui lòng nhập ngày khách hàng ký mẫu giấy.",
        "fr": "Veuillez saisir la date de signature du formulaire papier.",
        "en": "Please enter the date the paper form was signed.",
    },
    "consent.paper_date_future": {
        "vi": "Ngày ký mẫu giấy không thể ở tương lai.",
        "fr": "La date de signature ne peut pas être dans le futur.",
        "en": "The signing date cannot be in the future.",
    },
    "consent.guardian_required": {
        "vi": "Khách hàng dưới 16 tuổi: người giám hộ phải đồng ý (và phải có trong hồ sơ).",
        "fr": "Client de moins de 16 ans : le représentant légal doit consentir (et être enregistré).",
        "en": "Customer under 16: the guardian must consent (and be on file).",
    },
    "consent.guardian_unknown": {
        "vi": "Người giám hộ này không thuộc hồ sơ của khách hàng.",
        "fr": "Ce représentant n'est pas enregistré pour ce client.",
        "en": "This guardian is not on the customer's file.",
    },
    "consent.child_required": {
        "vi": "Trẻ từ 7 tuổi trở lên cũng phải tự đồng ý (Luật 91/2025/QH15).",
        "fr": "Un enfant de 7 ans ou plus doit aussi donner son accord (loi 91/2025/QH15).",
        "en": "A child aged 7 or over must also agree (Law 91/2025/QH15).",
    },
    "consent.partner_needs_service": {
        "vi": "Chỉ có thể chia sẻ với đối tác khi khách hàng đồng ý mục đích cung cấp dịch vụ.",
        "fr": "Le partage avec un partenaire suppose le consentement à la fourniture du service.",
        "en": "Sharing with a partner needs consent to the service purpose.",
    },
    "consent.unknown_sensitive_kind": {
        "vi": "Loại dữ liệu nhạy cảm không xác định.",
        "fr": "Type de donnée sensible inconnu.",
        "en": "Unknown kind of sensitive data.",
    },
    "consent.none_recorded": {
        "vi": "Khách hàng chưa có phiếu đồng ý nào.",
        "fr": "Ce client n'a encore aucun reçu de consentement.",
        "en": "This customer has no consent receipt yet.",
    },
    "consent.nothing_to_withdraw": {
        "vi": "Vui lòng chọn ít nhất một mục đích để rút lại.",
        "fr": "Veuillez choisir au moins une finalité à retirer.",
        "en": "Please choose at least one purpose to withdraw.",
    },
    "consent.not_given": {
        "vi": "Không thể rút lại «{purpose}»: khách hàng chưa đồng ý mục đích này.",
        "fr": "Impossible de retirer « {purpose} » : ce consentement n'a pas été donné.",
        "en": "Cannot withdraw '{purpose}': it was not given.",
    },
    "consent.partner_purpose_not_agreed": {
        "vi": "Mục đích này không nằm trong phạm vi đã thỏa thuận với đối tác.",
        "fr": "Cette finalité n'est pas dans le périmètre convenu avec le partenaire.",
        "en": "This purpose is not in the scope agreed with the partner.",
    },
    "consent.handover_not_due": {
        "vi": "Chỉ chọn «Chuyển giao khi đủ 16 tuổi» cho khách hàng đã đủ 16 tuổi mà sự đồng "
              "ý hiện tại do người giám hộ đưa ra.",
        "fr": "« Transfert à 16 ans » seulement pour un client de 16 ans dont le consentement "
              "actuel a été donné par son représentant.",
        "en": "Use \"Handover at 16\" only for a customer aged 16 whose current consent was "
              "given by their guardian.",
    },
})
