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
        "vi": "Tệp dữ liệu bị hỏng. Hãy khôi phục bản sao lưu gần nhất (jpf-desk restore TỆP) hoặc liên hệ hỗ trợ; tệp hỏng được giữ nguyên.",
        "fr": "Le fichier de données est endommagé. Restaurez la dernière sauvegarde (jpf-desk restore FICHIER) ou contactez le support ; le fichier endommagé est conservé.",
        "en": "The data file is damaged. Restore the latest backup (jpf-desk restore FILE) or contact support; the damaged file is kept.",
    },
    "store.too_new": {
        "vi": "Kho dữ liệu này đã được một phiên bản JPF Desk mới hơn nâng cấp. Hãy cập nhật chương trình; dữ liệu không bị thay đổi.",
        "fr": "Ce dépôt a été mis à jour par une version plus récente de JPF Desk. Mettez le programme à jour ; les données n'ont pas été modifiées.",
        "en": "This store was upgraded by a newer version of JPF Desk. Update the program; the data was not changed.",
    },
    "store.key_missing": {
        "vi": "Khóa của kho dữ liệu này không có trên máy tính này: hãy khôi phục khóa từ phiếu khôi phục (jpf-desk recover). Chương trình không tạo khóa mới.",
        "fr": "La clé de ce dépôt n'est pas sur cet ordinateur : restaurez-la depuis la fiche de récupération (jpf-desk recover). Aucune nouvelle clé n'est créée.",
        "en": "This store's key is not on this computer: restore it from the recovery sheet (jpf-desk recover). No new key is made.",
    },
    "store.key_wrong": {
        "vi": "Khóa tìm thấy không phải khóa của kho dữ liệu này: hãy khôi phục khóa đúng từ phiếu khôi phục (jpf-desk recover).",
        "fr": "La clé trouvée n'est pas celle de ce dépôt : restaurez la bonne clé depuis la fiche de récupération (jpf-desk recover).",
        "en": "The key found is not this store's key: restore the right one from the recovery sheet (jpf-desk recover).",
    },
    "store.key_info_missing": {
        "vi": "Thiếu tệp jpf-desk.key.json cho biết khóa của kho dữ liệu: hãy khôi phục từ phiếu khôi phục (jpf-desk recover --key-id) hoặc từ bản sao lưu.",
        "fr": "Le fichier jpf-desk.key.json qui désigne la clé du dépôt manque : restaurez-le depuis la fiche de récupération (jpf-desk recover --key-id) ou une sauvegarde.",
        "en": "The file jpf-desk.key.json naming the store's key is missing: restore it from the recovery sheet (jpf-desk recover --key-id) or a backup.",
    },
    "store.key_not_kept": {
        "vi": "Kho khóa bí mật của hệ thống không lưu được khóa, nên kho dữ liệu không được tạo. Hãy kiểm tra keyring rồi thử lại.",
        "fr": "Le trousseau du système n'a pas conservé la clé : le dépôt n'a pas été créé. Vérifiez le trousseau puis réessayez.",
        "en": "The system keyring did not keep the key, so the store was not made. Check the keyring and try again.",
    },
    "store.not_found": {
        "vi": "Không có kho dữ liệu JPF Desk trong thư mục {folder}. Hãy kiểm tra --data-dir.",
        "fr": "Aucun dépôt JPF Desk dans le dossier {folder}. Vérifiez --data-dir.",
        "en": "There is no JPF Desk store in the folder {folder}. Check --data-dir.",
    },
    "store.ask_create": {
        "vi": "Không có kho dữ liệu trong thư mục {folder}. Tạo kho dữ liệu mới ở đó?",
        "fr": "Aucun dépôt dans le dossier {folder}. Créer un nouveau dépôt ici ?",
        "en": "There is no store in the folder {folder}. Make a new store there?",
    },
    "store.restore_interrupted": {
        "vi": "Một lần khôi phục bản sao lưu đã bị ngắt giữa chừng. Hãy chạy lại đúng lệnh jpf-desk restore đó; kho dữ liệu cũ được giữ trong backups/replaced-….",
        "fr": "Une restauration a été interrompue. Relancez la même commande jpf-desk restore ; l'ancien dépôt est gardé dans backups/replaced-….",
        "en": "A restore was interrupted. Run the same jpf-desk restore again; the previous store is kept in backups/replaced-….",
    },
    "store.data_dir_unusable": {
        "vi": "Không dùng được thư mục dữ liệu: đó là một tệp, không có quyền ghi, hoặc tệp khóa .lock bị thay bằng thư mục.",
        "fr": "Dossier de données inutilisable : c'est un fichier, il n'est pas accessible en écriture, ou son verrou .lock n'est pas un fichier.",
        "en": "The data folder cannot be used: it is a file, it is not writable, or its .lock is not a file.",
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
