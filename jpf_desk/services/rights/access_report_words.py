"""The access report's section titles and item labels in vi/fr/en, key -> (vi, fr, en).

Kept in one table so a missing translation shows at a glance; the Vietnamese words are
also the JSON keys of a Vietnamese report, so they must not change. Enum values are not
here: domain/labels.py.
"""

from __future__ import annotations

from jpf_desk.printing.words import WordTable

REPORT_WORDS: WordTable = {
    # section titles
    "profile": ("Thông tin cá nhân", "Informations personnelles", "Personal details"),
    "history": ("Lịch sử thay đổi thông tin", "Historique des modifications",
                "History of changes"),
    "guardians": ("Người giám hộ", "Représentants légaux", "Guardians"),
    "enrolments": ("Đăng ký khóa học", "Inscriptions aux cours", "Course enrolments"),
    "payments": ("Thanh toán", "Paiements", "Payments"),
    "consents": ("Sự đồng ý theo từng mục đích", "Consentements par finalité",
                 "Consent by purpose"),
    "consent_receipts": ("Biên nhận sự đồng ý", "Reçus de consentement", "Consent receipts"),
    "dossiers": ("Hồ sơ du học và danh sách giấy tờ", "Dossiers d'études à l'étranger et pièces",
                 "Study-abroad dossiers and documents"),
    "disclosures": ("Dữ liệu đã chia sẻ với đối tác", "Données communiquées aux partenaires",
                    "Data shared with partners"),
    "requests": ("Yêu cầu về dữ liệu cá nhân", "Demandes sur les données personnelles",
                 "Personal data requests"),
    "restrictions": ("Hạn chế / phản đối xử lý", "Limitations / oppositions au traitement",
                     "Restrictions / objections to processing"),
    # item labels
    "id_document": ("Giấy tờ tùy thân", "Pièce d'identité", "Identity document"),
    "address": ("Địa chỉ", "Adresse", "Address"),
    "area_codes": ("Mã tỉnh / xã", "Code province / commune", "Province / commune code"),
    "customer_id": ("Mã khách hàng", "N° client", "Customer ID"),
    "field": ("Thông tin", "Information", "Detail"),
    "old": ("Cũ", "Ancienne valeur", "Old value"),
    "new": ("Mới", "Nouvelle valeur", "New value"),
    "at": ("Lúc", "Le", "At"),
    "reason": ("Lý do", "Motif", "Reason"),
    "full_name": ("Họ và tên", "Nom complet", "Full name"),
    "relationship": ("Quan hệ", "Lien", "Relationship"),
    "phone": ("Điện thoại", "Téléphone", "Phone"),
    "document": ("Giấy tờ", "Pièce", "Document"),
    "class": ("Lớp", "Classe", "Class"),
    "course": ("Khóa học", "Cours", "Course"),
    "status": ("Trạng thái", "Statut", "Status"),
    "enrolled_on": ("Ngày đăng ký", "Inscrit le", "Enrolled on"),
    "fee": ("Học phí", "Frais de scolarité", "Fee"),
    "paid": ("Đã trả", "Payé", "Paid"),
    "instalment": ("Đợt", "Échéance", "Instalment"),
    "date": ("Ngày", "Date", "Date"),
    "amount": ("Số tiền", "Montant", "Amount"),
    "method": ("Hình thức", "Moyen", "Method"),
    "reference": ("Tham chiếu", "Référence", "Reference"),
    "purpose": ("Mục đích", "Finalité", "Purpose"),
    "since": ("Từ", "Depuis", "Since"),
    "receipt": ("Biên nhận", "Reçu", "Receipt"),
    "collected_by": ("Cách thu thập", "Mode de recueil", "How collected"),
    "receipt_status": ("Tình trạng", "État", "State"),
    "dossier": ("Hồ sơ du học", "Dossier d'études à l'étranger", "Study-abroad dossier"),
    "stage": ("Giai đoạn", "Étape", "Stage"),
    "consultant": ("Tư vấn viên", "Conseiller", "Consultant"),
    "level": ("Bậc học", "Niveau d'études", "Level of study"),
    "received_on": ("Nhận ngày", "Reçu le", "Received on"),
    "file": ("Tệp", "Fichier", "File"),
    "sensitive": ("Nhạy cảm", "Sensible", "Sensitive"),
    "partner": ("Đối tác", "Partenaire", "Partner"),
    "data": ("Dữ liệu", "Données", "Data"),
    "abroad": ("Ra nước ngoài", "Transfert à l'étranger", "Sent abroad"),
    "number": ("Số", "N°", "No."),
    "kind": ("Loại", "Type", "Kind"),
    "answer_due": ("Hạn trả lời", "Réponse due le", "Answer due"),
    "in_force": ("Đang áp dụng", "En vigueur", "In force"),
    "yes": ("có", "oui", "yes"),
    "no": ("không", "non", "no"),
}
