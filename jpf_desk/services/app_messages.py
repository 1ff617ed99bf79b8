"""Messages for failures that are not business rules: the store, the keyring, bugs."""

from jpf_desk.domain.messages import register

register({
    "app.unexpected": {
        "vi": "Đã xảy ra lỗi không mong muốn. Mã tham chiếu: {ref}. Hãy báo cho bộ phận hỗ trợ.",
        "fr": "Une erreur inattendue s'est produite. Référence : {ref}. Prévenez le support.",
        "en": "An unexpected error occurred. Reference: {ref}. Please tell support.",
    },
    "cli.not_initialised": {
        "vi": "Kho dữ liệu này chưa được thiết lập (chưa có cơ sở và nhân viên).",
        "fr": "Ce dépôt n'est pas encore configuré (pas de centre ni d'employé).",
        "en": "This store is not set up yet (no centre and staff member).",
    },
    "store.error": {
        "vi": "Không thể ghi vào kho dữ liệu.",
        "fr": "Impossible d'écrire dans le dépôt de données.",
        "en": "The store could not be written.",
    },
    "store.locked": {
        "vi": "Kho dữ liệu đang bận. Hãy thử lại sau vài giây; dữ liệu bạn nhập vẫn còn.",
        "fr": "Le dépôt est occupé. Réessayez dans quelques secondes ; votre saisie est conservée.",
        "en": "The store is busy. Try again in a few seconds; what you typed is kept.",
    },
    "store.full": {
        "vi": "Ổ đĩa đã đầy hoặc lỗi ghi. Hãy giải phóng dung lượng rồi lưu lại; dữ liệu bạn nhập vẫn còn.",
        "fr": "Le disque est plein ou en erreur. Libérez de la place puis enregistrez à nouveau.",
        "en": "The disk is full or failing. Free some space, then save again; your input is kept.",
    },
    "store.readonly": {
        "vi": "Kho dữ liệu chỉ đọc: không có quyền ghi vào thư mục dữ liệu.",
        "fr": "Le dépôt est en lecture seule : pas de droit d'écriture sur le dossier.",
        "en": "The store is read-only: no permission to write to the data folder.",
    },
    "store.corrupt": {
        "vi": "Tệp dữ liệu bị hỏng. Hãy liên hệ hỗ trợ để khôi phục từ bản sao lưu.",
        "fr": "Le fichier de données est endommagé. Contactez le support pour restaurer une sauvegarde.",
        "en": "The data file is damaged. Contact support to restore a backup.",
    },
    "store.in_use": {
        "vi": "JPF Desk đang mở kho dữ liệu này ở một cửa sổ khác.",
        "fr": "JPF Desk a déjà ce dépôt ouvert dans une autre fenêtre.",
        "en": "JPF Desk already has this store open in another window.",
    },
    "store.migration_failed": {
        "vi": "Không thể nâng cấp kho dữ liệu. Dữ liệu cũ vẫn nguyên vẹn (bản sao: {backup}).",
        "fr": "La mise à jour du dépôt a échoué. Les anciennes données sont intactes (copie : {backup}).",
        "en": "The store could not be upgraded. The old data is intact (backup: {backup}).",
    },
    "keyring.unavailable": {
        "vi": "Không truy cập được kho khóa bí mật của hệ thống (keyring). Hãy mở khóa phiên làm việc rồi thử lại.",
        "fr": "Le trousseau du système est inaccessible. Déverrouillez la session puis réessayez.",
        "en": "The system keyring is not available. Unlock the session and try again.",
    },
})
