<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="vi_VN">
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/view.py" line="+49"/>
        <source>Mã khách hàng</source>
        <translation>Code client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi việc</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khách hàng:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên:</source>
        <translation>Agent :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Việc:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày:</source>
        <translation>Depuis le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày:</source>
        <translation>Jusqu&apos;au :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In / lưu PDF…</source>
        <translation>&amp;Imprimer / enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhân viên</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng (mã)</source>
        <translation>Client (code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mọi nhân viên</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>khách hàng %s</source>
        <translation>client %s</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n sự kiện</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhật ký truy cập</source>
        <translation>Journal des accès</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/calendar_dialog.py" line="+58"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xác nhận</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>có</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHƯA</source>
        <translation>NON</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loại yêu cầu</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số ngày</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi có đối tác</source>
        <translation>Avec des partenaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gia hạn tối đa</source>
        <translation>Prolongation maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn rơi vào ngày nghỉ</source>
        <translation>Échéance tombant un jour férié</translation>
    </message>
</context>
<context>
    <name>ClassFormDialog</name>
    <message>
        <location filename="../forms/class_form.ui" line="+6"/>
        <source>Lớp mới</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khóa học:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mã lớp:</source>
        <translation>&amp;Code de la classe :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-2026-12</source>
        <translation>Ex. : A1-2026-12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phòng:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Giáo viên:</source>
        <translation>&amp;Enseignant :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lịch học:</source>
        <translation>&amp;Horaire :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: T2, T4 18:00–20:00</source>
        <translation>Ex. : lun., mer. 18:00–20:00</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;bắt đầu:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ngày &amp;kết thúc:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sĩ số:</source>
        <translation>&amp;Effectif :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Frais de scolarité (₫) :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/class_dialog.py" line="+29"/>
        <source>Lưu</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hãy tạo khóa học trước.</source>
        <translation>Créez d&apos;abord un cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trường này không được để trống.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>ClassListView</name>
    <message>
        <location filename="../forms/class_list.ui" line="+6"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lọc:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã lớp, khóa học, giáo viên</source>
        <translation>Code de classe, cours, enseignant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ lớp chưa kết thúc</source>
        <translation>Seulement les classes non terminées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Khóa học &amp;mới…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lớp mới…</source>
        <translation>&amp;Nouvelle classe…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/list_view.py" line="+77"/>
        <location line="+30"/>
        <source>Khóa học</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Mã lớp</source>
        <translation>Code de la classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bắt đầu</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Giáo viên</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>In danh sách lớp</source>
        <translation>Imprimer la liste de classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách học viên của lớp đang chọn, có cột điểm danh cho từng buổi</source>
        <translation>Liste des élèves de la classe choisie, avec une colonne de présence par séance</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lớp học hôm nay (%s): %d lớp</source>
        <translation>Classes d&apos;aujourd&apos;hui (%s) : %d classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Lịch học</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Phòng</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sĩ số</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chỗ đã có</source>
        <translation>Places occupées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danh sách chờ</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Học phí</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;%s&lt;/b&gt; – %s: %d/%d chỗ, %d người chờ</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; – %s : %d/%d places, %d en attente</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../jpf_desk/ui/clock_warning.py" line="+32"/>
        <source>Máy này sai giờ.</source>
        <translation>L&apos;horloge de ce poste n&apos;est pas à l&apos;heure.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../forms/consent_dialog.ui" line="+6"/>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Consentement au traitement des données personnelles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đọc (hoặc đưa khách hàng đọc) chính sách dưới đây. Mỗi mục đích có một ô riêng, không ô nào được đánh dấu sẵn: ô không đánh dấu được ghi nhận là KHÔNG đồng ý.</source>
        <translation>Lisez (ou faites lire au client) la politique ci-dessous. Chaque finalité a sa propre case, aucune n&apos;est cochée d&apos;avance : une case non cochée est enregistrée comme un refus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mục đích</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dữ liệu nhạy cảm sẽ được xử lý (đánh dấu nếu có, ví dụ cho hồ sơ du học)</source>
        <translation>Des données sensibles seront traitées (cochez le cas échéant, par exemple pour un dossier d&apos;études à l&apos;étranger)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng dưới 16 tuổi</source>
        <translation>Client de moins de 16 ans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ:</source>
        <translation>&amp;Tuteur :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý với các lựa chọn trên thay cho học viên</source>
        <translation>Le &amp;tuteur accepte les choix ci-dessus au nom de l&apos;élève</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Học viên (từ 7 tuổi) cũng &amp;tự đồng ý</source>
        <translation>L&apos;élève (7 ans et plus) consent &amp;aussi lui-même</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cách thu thập</source>
        <translation>Mode de collecte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ngày &amp;ký mẫu giấy:</source>
        <translation>Date de &amp;signature du formulaire papier :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ngôn ngữ của phiếu:</source>
        <translation>&amp;Langue du reçu :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/dialog.py" line="+66"/>
        <source>Đồng ý xử lý dữ liệu – %1</source>
        <translation>Consentement au traitement – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Enregistrer et imprimer le reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chính sách %1 – SHA-256 %2</source>
        <translation>Politique %1 – SHA-256 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source> (cần để ghi danh)</source>
        <translation> (requis pour l&apos;inscription)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source> (không bắt buộc)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hiện đang đồng ý</source>
        <translation>Consent actuellement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc; bản dịch để tham khảo.</source>
        <translation>Le texte vietnamien de la politique (SHA-256 ci-dessus) fait foi ; la traduction est donnée à titre indicatif.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Từ chối tất cả?</source>
        <translation>Tout refuser ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng từ chối tất cả các mục đích?</source>
        <translation>Le client refuse-t-il toutes les finalités ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa đánh dấu mục đích nào. Phiếu sẽ ghi là khách hàng từ chối mọi mục đích và không thể sửa lại.</source>
        <translation>Aucune finalité n&apos;est cochée. Le reçu indiquera que le client refuse toutes les finalités, sans retour possible.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../forms/consent_panel.ui" line="+9"/>
        <source>Lựa chọn hiện tại</source>
        <translation>Choix actuels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Các phiếu đồng ý</source>
        <translation>Reçus de consentement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Ghi nhận đồng ý…</source>
        <translation>&amp;Recueillir le consentement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rút lại…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;lại phiếu…</source>
        <translation>&amp;Réimprimer le reçu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;mẫu giấy trống…</source>
        <translation>Imprimer un &amp;formulaire papier vierge…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/panel.py" line="+72"/>
        <source>Mục đích</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lựa chọn</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã phiếu</source>
        <translation>Code du reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời điểm</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng đã đủ 16 tuổi: sự đồng ý của người giám hộ không còn thay cho họ. Hãy hỏi chính khách hàng và ghi nhận lựa chọn của họ (chuyển giao đồng ý).</source>
        <translation>Le client a 16 ans révolus : le consentement du tuteur ne vaut plus pour lui. Demandez au client lui-même et enregistrez ses choix (transfert du consentement).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có sự đồng ý nào của khách hàng này (ví dụ: nhập từ bảng tính). Hãy hỏi khách hàng và ghi nhận lựa chọn của họ.</source>
        <translation>Ce client n&apos;a encore aucun consentement (par exemple : importé d&apos;un tableur). Demandez-lui et enregistrez ses choix.</translation>
    </message>
</context>
<context>
    <name>ConsentPreviewDialog</name>
    <message>
        <location filename="../forms/consent_preview.ui" line="+6"/>
        <source>Xem trước khi in</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;In…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu thành PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentToCollectDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/to_collect.py" line="+27"/>
        <source>Khách hàng cần xin đồng ý</source>
        <translation>Clients dont le consentement est à demander</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n khách hàng chưa có sự đồng ý nào: hãy hỏi khi họ đến.</source>
        <translation>
            <numerusform>%n client n&apos;a encore aucun consentement : demandez-le à sa venue.</numerusform>
            <numerusform>%n clients n&apos;ont encore aucun consentement : demandez-le à leur venue.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vị thành niên</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Có</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <location filename="../forms/consent_withdraw.ui" line="+6"/>
        <source>Rút lại sự đồng ý</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn các mục đích khách hàng muốn rút lại. Việc xử lý dừng từ bây giờ; những gì đã làm trước đó vẫn được lưu. Một phiếu mới sẽ thay thế phiếu hiện tại.</source>
        <translation>Choisissez les finalités que le client veut retirer. Le traitement s&apos;arrête dès maintenant ; ce qui a été fait avant reste enregistré. Un nouveau reçu remplacera le reçu actuel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang đồng ý</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Điều gì thay đổi khi rút lại</source>
        <translation>Ce qui change en cas de retrait</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Hình thức yêu cầu:</source>
        <translation>&amp;Mode de la demande :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Người giám hộ rút lại:</source>
        <translation>&amp;Tuteur qui retire :</translation>
    </message>
</context>
<context>
    <name>ControllerDetailsDialog</name>
    <message>
        <location filename="../forms/controller_details.ui" line="+6"/>
        <source>Thông tin liên hệ in trên phiếu đồng ý</source>
        <translation>Coordonnées imprimées sur le reçu de consentement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông tin của cơ sở này (quản lý nhập)</source>
        <translation>Informations de ce centre (saisies par le responsable)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Điện &amp;thoại:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư điện &amp;tử:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Liên hệ &amp;bảo vệ dữ liệu:</source>
        <translation>Contact &amp;protection des données :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/controller_dialog.py" line="+46"/>
        <source>CHƯA CÓ</source>
        <translation>AUCUN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;JPF (bên kiểm soát dữ liệu)&lt;/b&gt; – do trụ sở chính thiết lập:</source>
        <translation>&lt;b&gt;JPF (responsable du traitement)&lt;/b&gt; – défini par le siège :</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <location filename="../forms/course_form.ui" line="+6"/>
        <source>Khóa học mới</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mã khóa học:</source>
        <translation>&amp;Code du cours :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-G</source>
        <translation>Ex. : A1-G</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên khóa học:</source>
        <translation>&amp;Nom du cours :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Tiếng Pháp A1</source>
        <translation>Ex. : Français A1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>T&amp;rình độ:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Kỳ thi:</source>
        <translation>&amp;Examen :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số &amp;giờ:</source>
        <translation>Nombre d&apos;&amp;heures :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Frais de scolarité (₫) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 4.500.000</source>
        <translation>Ex. : 4.500.000</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/course_dialog.py" line="+36"/>
        <source>Lưu</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuổi từ</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuổi đến</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>không giới hạn</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trường này không được để trống.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../forms/customer_detail.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Người giám hộ</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lịch sử thay đổi</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Sửa hồ sơ</source>
        <translation>&amp;Modifier la fiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>&amp;Inscrire à une classe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yêu cầu dữ liệu…</source>
        <translation>Demandes sur les &amp;données…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/detail.py" line="+80"/>
        <source>Ai đã xem hồ sơ này…</source>
        <translation>Qui a consulté ce dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đồng ý dữ liệu</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d tuổi</source>
        <translation>%d ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – dưới 16 tuổi</source>
        <translation> – moins de 16 ans</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Địa chỉ</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lớp</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trường</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hiện đầy đủ số giấy tờ</source>
        <translation>Afficher le numéro complet du document</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ai đã xem hồ sơ này</source>
        <translation>Qui a consulté ce dossier</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../forms/customer_form.ui" line="+6"/>
        <source>Hồ sơ khách hàng</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thông tin cá nhân</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tên đệ&amp;m:</source>
        <translation>Deuxième pré&amp;nom :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Họ tên như đã &amp;viết:</source>
        <translation>Nom complet tel qu&apos;&amp;écrit :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Để trống: ghép từ họ, tên đệm, tên</source>
        <translation>Laisser vide : composé du nom, du deuxième prénom et du prénom</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;sinh:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+146"/>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 0912 345 678</source>
        <translation>Ex. : 0912 345 678</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>&amp;Type de document :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số giấy tờ:</source>
        <translation>Numéro du document :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ngày hết hạn:</source>
        <translation>Date d&apos;expiration :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Địa chỉ</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tỉnh/thành &amp;phố:</source>
        <translation>&amp;Province/ville :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Xã/phường:</source>
        <translation>&amp;Commune/quartier :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Số nhà, đường:</source>
        <translation>Numéro, rue :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Địa chỉ như đã viết:</source>
        <translation>Adresse telle qu&apos;écrite :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Như trên giấy tờ cũ (có thể ghi quận/huyện)</source>
        <translation>Comme sur les anciens documents (le district peut être indiqué)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ghi chú:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Người giám hộ</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.</source>
        <translation>Client de moins de 16 ans : au moins un tuteur est nécessaire.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thêm người &amp;giám hộ…</source>
        <translation>Ajouter un &amp;tuteur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bỏ người giám hộ</source>
        <translation>&amp;Retirer le tuteur</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/form.py" line="+62"/>
        <source>Lưu</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sửa hồ sơ khách hàng</source>
        <translation>Modifier la fiche client</translation>
    </message>
    <message>
        <location line="+108"/>
        <source> (đã có hồ sơ)</source>
        <translation> (dossier existant)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Người giám hộ %d: %s</source>
        <translation>Tuteur %d : %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đã lưu, cần kiểm tra</source>
        <translation>Enregistré, à vérifier</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../jpf_desk/ui/customers/list_model.py" line="+37"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dưới 16</source>
        <translation>Moins de 16 ans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khớp theo</source>
        <translation>Correspond par</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Có</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../forms/customer_list.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Nom sans accents, téléphone ou numéro de document</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Khách hàng &amp;mới</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/list_view.py" line="+29"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1+ khách hàng</source>
        <translation>%1+ clients</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n khách hàng</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../forms/customer_picker.ui" line="+6"/>
        <source>Chọn khách hàng</source>
        <translation>Choisir un client</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Nom sans accents, téléphone ou numéro de document</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/picker.py" line="+23"/>
        <source>Chọn</source>
        <translation>Choisir</translation>
    </message>
</context>
<context>
    <name>DataDutiesDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/duties.py" line="+56"/>
        <source>Việc cần làm về dữ liệu cá nhân</source>
        <translation>À faire sur les données personnelles</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xoá dữ liệu khách hàng đã chọn</source>
        <translation>Effacer les données du client choisi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sinh nhật 16 tuổi</source>
        <translation>16e anniversaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Khách hàng</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sự đồng ý của người giám hộ hết hiệu lực khi khách hàng đủ 16 tuổi: lần tới khách đến, hãy hỏi chính họ (tab Đồng ý dữ liệu, cách thu thập «Chuyển giao»).</source>
        <translation>Le consentement du tuteur prend fin quand le client atteint 16 ans : à sa prochaine venue, demandez-lui directement (onglet Consentement, mode de collecte « Transfert »).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển giao đồng ý (%1)</source>
        <translation>Transfert du consentement (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hết hạn</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mục đích</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc cần làm</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xoá dữ liệu</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã ngừng xử lý; hỏi lại khách</source>
        <translation>Traitement arrêté ; redemander au client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quá thời hạn lưu trữ (%1)</source>
        <translation>Durée de conservation dépassée (%1)</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/decide_dialog.py" line="+36"/>
        <source>Yêu cầu %s của %s</source>
        <translation>Demande %s de %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác đã nhận giá trị cũ (sẽ tạo việc cần báo lại): %s</source>
        <translation>Partenaires ayant reçu l&apos;ancienne valeur (une tâche de notification sera créée) : %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không đối tác nào đã nhận các thông tin này.</source>
        <translation>Aucun partenaire n&apos;a reçu ces informations.</translation>
    </message>
</context>
<context>
    <name>DocumentKindsDialog</name>
    <message>
        <location filename="../forms/dossier_kinds.ui" line="+6"/>
        <source>Mẫu danh mục giấy tờ</source>
        <translation>Modèle de liste de documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hồ sơ mới lấy danh mục giấy tờ từ mẫu này. Tích vào ô để đổi; hồ sơ đã mở giữ danh mục của mình.</source>
        <translation>Les nouveaux dossiers prennent leur liste de documents de ce modèle. Cochez une case pour la changer ; les dossiers déjà ouverts gardent leur liste.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mã (vd: medical_certificate)</source>
        <translation>Code (ex. : medical_certificate)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên giấy tờ</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+34"/>
        <source>Bắt buộc</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+0"/>
        <source>Nhạy cảm</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+1"/>
        <source>Có hạn</source>
        <translation>Limité dans le temps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="-1"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang dùng</source>
        <translation>En vigueur</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/documents_tab.py" line="+84"/>
        <source>Đã nhận %1/%2 · thiếu %3 giấy tờ bắt buộc · %4 sắp hết hạn · %5 đã hết hạn</source>
        <translation>Reçus %1/%2 · %3 documents obligatoires manquants · %4 bientôt expirés · %5 expirés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Chọn tệp (bản quét hoặc PDF)</source>
        <translation>Choisir un fichier (scan ou PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản quét, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DossierBoard</name>
    <message>
        <location filename="../forms/dossier_board.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Dossier d&apos;études à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Conseiller :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Rentrée :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chỉ hồ sơ &amp;trễ hạn</source>
        <translation>Seulement les dossiers en &amp;retard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cả hồ sơ đã đóng/rút</source>
        <translation>Y compris les dossiers clos/retirés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mẫu &amp;giấy tờ…</source>
        <translation>Modèles de &amp;documents…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đối &amp;tác…</source>
        <translation>&amp;Partenaires…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Giai đoạn / Khách hàng</source>
        <translation>Étape / Client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tư vấn viên</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập học</source>
        <translation>Rentrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bậc học</source>
        <translation>Niveau d&apos;études</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Từ ngày</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trễ</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/board.py" line="+60"/>
        <location line="+16"/>
        <source>Tất cả</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 trễ</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 hồ sơ, %2 trễ hạn</source>
        <translation>%1 dossiers, %2 en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · Nộp hồ sơ đánh giá tác động chuyển dữ liệu sang %1 chậm nhất ngày %2 (còn %3 ngày)</source>
        <translation> · Déposer l&apos;analyse d&apos;impact du transfert de données vers %1 au plus tard le %2 (reste %3 jours)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>thiếu %1</source>
        <translation>%1 manquants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đủ giấy tờ bắt buộc</source>
        <translation>documents obligatoires complets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sắp/đã hết hạn</source>
        <translation>%1 bientôt/déjà expirés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ngày</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../forms/dossier_dialog.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Dossier d&apos;études à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Giai đoạn</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chuyển &amp;sang:</source>
        <translation>&amp;Passer à :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;huyển giai đoạn</source>
        <translation>Changer d&apos;&amp;étape</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Từ</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sang</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người thực hiện</source>
        <translation>Effectué par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Chương trình</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thứ tự</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Trường</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+37"/>
        <source>Thành phố</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+39"/>
        <source>Chương trình</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+41"/>
        <source>Bậc</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ngày nộp</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+319"/>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="+201"/>
        <source>Kết quả</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Giấy &amp;tờ</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bắt buộc</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhạy cảm</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã nhận</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày nhận</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người nhận</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã kiểm tra</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hết hạn</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tình trạng</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã gửi cho</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mở tệp</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày &amp;hết hạn:</source>
        <translation>Date d&apos;&amp;expiration :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu ngày hết hạn</source>
        <translation>Enregistrer la date d&apos;expiration</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Chia sẻ dữ liệu</source>
        <translation>&amp;Partage des données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gửi cho đối tác…</source>
        <translation>&amp;Envoyer au partenaire…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In “Ai đã nhận dữ liệu của tôi”…</source>
        <translation>&amp;Imprimer « Qui a reçu mes données »…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thời điểm</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>Đối tác</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Mục đích</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dữ liệu, giấy tờ</source>
        <translation>Données, documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người gửi</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ra nước ngoài</source>
        <translation>Vers l&apos;étranger</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yêu cầu bổ sung từ đối tác:</source>
        <translation>Demande complémentaire du partenaire :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi &amp;yêu cầu của đối tác…</source>
        <translation>Enregistrer la demande d&apos;un &amp;partenaire…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;rả lời yêu cầu…</source>
        <translation>&amp;Répondre à la demande…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Yêu cầu</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngoài phạm vi</source>
        <translation>Hors périmètre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trả lời</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="-82"/>
        <source> · &lt;b style=&apos;color:#b00020&apos;&gt;trễ %1 ngày&lt;/b&gt;</source>
        <translation> · &lt;b style=&apos;color:#b00020&apos;&gt;%1 jours de retard&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · nhập học %2 · %3%4&lt;br&gt;Tư vấn viên: %5 · Giai đoạn: &lt;b&gt;%6&lt;/b&gt; (từ %7)%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · rentrée %2 · %3%4&lt;br&gt;Conseiller : %5 · Étape : &lt;b&gt;%6&lt;/b&gt; (depuis le %7)%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hồ sơ du học – %1</source>
        <translation>Dossier d&apos;études à l&apos;étranger – %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Còn thiếu giấy tờ</source>
        <translation>Documents manquants</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Còn %n giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?</source>
        <translation>
            <numerusform>%n document obligatoire manque encore. Changer d&apos;étape quand même ?</numerusform>
            <numerusform>%n documents obligatoires manquent encore. Changer d&apos;étape quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trả lời của trường:</source>
        <translation>Réponse de l&apos;établissement :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Có</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lưu báo cáo</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Rapport enregistré : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang tạo báo cáo…</source>
        <translation>Création du rapport…</translation>
    </message>
</context>
<context>
    <name>DossierNewDialog</name>
    <message>
        <location filename="../forms/dossier_new.ui" line="+6"/>
        <source>Hồ sơ du học mới</source>
        <translation>Nouveau dossier d&apos;études à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(chưa chọn)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Choisir un client…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Conseiller :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Rentrée :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Bậc học mong muốn:</source>
        <translation>&amp;Niveau d&apos;études visé :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Cử nhân, Thạc sĩ</source>
        <translation>Ex. : Licence, Master</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ngân sách (VND):</source>
        <translation>&amp;Budget (VND) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 600.000.000</source>
        <translation>Ex. : 600.000.000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>DossierSendDialog</name>
    <message>
        <location filename="../forms/dossier_send.ui" line="+6"/>
        <source>Gửi cho đối tác</source>
        <translation>Envoyer au partenaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đối &amp;tác:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Finalités :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu gửi:</source>
        <translation>&amp;Données envoyées :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Căn cứ chuyển ra nước ngoài:</source>
        <translation>&amp;Base du transfert à l&apos;étranger :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư mục &amp;lưu gói:</source>
        <translation>Dossier d&apos;&amp;enregistrement du paquet :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ghi nhận đồng ý &amp;chia sẻ của khách hàng…</source>
        <translation>Recueillir le consentement du client au &amp;partage…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../forms/duplicates.ui" line="+6"/>
        <source>Có thể trùng hồ sơ</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có thể người này đã có hồ sơ. Hãy kiểm tra trước khi lưu một hồ sơ mới.</source>
        <translation>Cette personne a peut-être déjà une fiche. Vérifiez avant d&apos;enregistrer une nouvelle fiche.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Mở hồ sơ đã có</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vẫn lưu hồ sơ mới</source>
        <translation>&amp;Enregistrer quand même la nouvelle fiche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hủy</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/duplicates_dialog.py" line="+23"/>
        <source>Trùng số giấy tờ</source>
        <translation>Même numéro de document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cùng số điện thoại, tên gần giống</source>
        <translation>Même numéro de téléphone, nom proche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../forms/enrol_form.ui" line="+6"/>
        <source>Đăng ký lớp</source>
        <translation>Inscrire à une classe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khách hàng:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lớp:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Kết quả kiểm tra đầu vào:</source>
        <translation>&amp;Résultat du test de niveau :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không bắt buộc, VD: A2</source>
        <translation>Facultatif, par ex. : A2</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/enrol_dialog.py" line="+40"/>
        <source>Đăng ký</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiện cả lớp đã đủ chỗ (vào danh sách chờ)</source>
        <translation>Afficher aussi les classes complètes (liste d&apos;attente)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%d tuổi</source>
        <translation>%d ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trình độ %s</source>
        <translation>niveau %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ hiện lớp đang mở, chưa khai giảng</source>
        <translation>Seulement les classes ouvertes, pas encore commencées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, còn chỗ</source>
        <translation>, places libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hợp với khách hàng (%s)</source>
        <translation>, adaptées au client (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d lớp khác không hợp nên không hiện.</source>
        <translation>%d autres classes ne conviennent pas et ne sont pas affichées.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Không có lớp nào đang mở phù hợp.</source>
        <translation>Aucune classe ouverte ne convient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn %d chỗ. Học phí %s.</source>
        <translation>Reste %d places. Frais de scolarité %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lớp đã đủ chỗ: khách hàng sẽ vào danh sách chờ (đang có %d người chờ).</source>
        <translation>La classe est complète : le client ira sur la liste d&apos;attente (%d personnes en attente).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn lớp.</source>
        <translation>Choisissez une classe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s được xếp vào danh sách chờ lớp %s, số thứ tự %d.</source>
        <translation>%s est placé(e) sur la liste d&apos;attente de la classe %s, au rang %d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã ghi danh %s vào lớp %s (chờ xác nhận). Học phí %s.</source>
        <translation>%s inscrit(e) dans la classe %s (à confirmer). Frais de scolarité %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danh sách chờ</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.</source>
        <translation>La classe %s est complète. %s est placé(e) sur la liste d&apos;attente, au rang %d.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../forms/enrolment_panel.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>&amp;Inscrire à une classe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xếp &amp;vào lớp</source>
        <translation>&amp;Placer dans la classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hoàn thành</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hủy đăng ký</source>
        <translation>&amp;Annuler l&apos;inscription</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Thanh toán…</source>
        <translation>&amp;Paiement…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/panel.py" line="+43"/>
        <source>Chuyển từ danh sách chờ vào lớp khi có chỗ trống</source>
        <translation>Passer de la liste d&apos;attente à la classe quand une place se libère</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Học viên</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lớp</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra đầu vào</source>
        <translation>Test de niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã trả</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%s: %s.</source>
        <translation>%s : %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Một chỗ đã trống: %s được chuyển từ danh sách chờ vào lớp %s.</source>
        <translation>Une place s&apos;est libérée : %s passe de la liste d&apos;attente à la classe %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <location filename="../forms/enrolments_view.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm khách hàng:</source>
        <translation>&amp;Rechercher un client :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Nom sans accents, téléphone ou numéro de document</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/view.py" line="+44"/>
        <source>Bảng kê thu tiền hôm nay</source>
        <translation>Relevé des encaissements du jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In các khoản đã thu hôm nay, theo nhân viên và hình thức, để đối chiếu khi đóng quầy</source>
        <translation>Imprimer les encaissements du jour, par agent et par mode, pour le contrôle à la fermeture</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Các lớp của &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Classes de &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../forms/first_run.ui" line="+6"/>
        <source>Thiết lập quầy lễ tân</source>
        <translation>Configuration de l&apos;accueil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đây là lần đầu JPF Desk mở kho dữ liệu này. Hãy cho biết cơ sở và người đang làm việc tại quầy.</source>
        <translation>C&apos;est la première fois que JPF Desk ouvre cette base de données. Indiquez le centre et la personne qui travaille à l&apos;accueil.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mã cơ sở:</source>
        <translation>&amp;Code du centre :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: HN1</source>
        <translation>Ex. : HN1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên cơ sở:</source>
        <translation>&amp;Nom du centre :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: JPF Hà Nội – Cơ sở 1</source>
        <translation>Ex. : JPF Hanoï – Centre 1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tên &amp;nhân viên:</source>
        <translation>&amp;Nom de l&apos;agent :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Họ và tên</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Máy thêm của một cơ sở đã dùng JPF Desk…</source>
        <translation>Poste supplémentaire d&apos;un centre qui utilise déjà JPF Desk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tham gia cơ sở qua văn phòng trung tâm: dữ liệu của cơ sở được tải về máy này.</source>
        <translation>Rejoindre un centre via le siège : les données du centre sont téléchargées sur ce poste.</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/first_run.py" line="+28"/>
        <source>Bắt đầu</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Người này sẽ là quản lý của cơ sở trên máy này: có mọi quyền, thêm các nhân viên khác và chọn mật khẩu đầu tiên cho họ.</source>
        <translation>Cette personne sera le responsable du centre sur ce poste : elle a tous les droits, ajoute les autres agents et choisit leur premier mot de passe.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Trường này không được để trống.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>GuardianFormDialog</name>
    <message>
        <location filename="../forms/guardian_form.ui" line="+6"/>
        <source>Người giám hộ</source>
        <translation>Tuteur</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Chọn khách hàng có sẵn…</source>
        <translation>&amp;Choisir un client existant…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bỏ liên kết</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Quan hệ:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>Télép&amp;hone :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>&amp;Type de document :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Số giấy tờ:</source>
        <translation>&amp;Numéro du document :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/guardian_dialog.py" line="+52"/>
        <source>Liên kết với khách hàng: %s</source>
        <translation>Lié au client : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liên kết với một khách hàng đã có</source>
        <translation>Lier à un client existant</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/dialog.py" line="+61"/>
        <source>Nhập khách hàng từ bảng tính</source>
        <translation>Importer des clients depuis un tableur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn tệp .xlsx hoặc .csv…</source>
        <translation>Choisir un fichier .xlsx ou .csv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn &amp;tệp…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tải tệp &amp;mẫu…</source>
        <translation>Télécharger le fichier &amp;modèle…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm tra cột của từng trường (hàng đầu) trên các dòng đầu tiên của tệp.</source>
        <translation>Vérifiez la colonne de chaque champ (première ligne) sur les premières lignes du fichier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kiểm tra (chưa ghi)</source>
        <translation>&amp;Vérifier (sans enregistrer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu các dòng bị &amp;từ chối…</source>
        <translation>Enregistrer les lignes &amp;refusées…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn bảng tính</source>
        <translation>Choisir un tableur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang đọc tệp…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— bỏ qua —</source>
        <translation>— ignorer —</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n dòng dữ liệu.</source>
        <translation>
            <numerusform>%n ligne de données.</numerusform>
            <numerusform>%n lignes de données.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang nhập…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang kiểm tra…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 dòng: %2 hợp lệ, %3 bị từ chối (%4 số di động 11 số cũ đã được chuyển sang đầu số mới).</source>
        <translation>%1 lignes : %2 valides, %3 refusées (%4 anciens numéros mobiles à 11 chiffres convertis au nouveau préfixe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dòng %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… (lưu các dòng bị từ chối để xem tất cả)</source>
        <translation>… (enregistrez les lignes refusées pour tout voir)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã nhập %n khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến (danh sách &quot;Cần xin đồng ý&quot;).</source>
        <translation>
            <numerusform>%n client importé. Il n&apos;a pas encore de consentement : demandez-le à sa venue (liste &quot;Consentement à demander&quot;).</numerusform>
            <numerusform>%n clients importés. Ils n&apos;ont pas encore de consentement : demandez-le à leur venue (liste &quot;Consentement à demander&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã ghi danh %n chỗ vào lớp (chờ xác nhận).</source>
        <translation>
            <numerusform>%n place inscrite dans la classe (à confirmer).</numerusform>
            <numerusform>%n places inscrites dans la classe (à confirmer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì: sửa các dòng bị từ chối, hoặc chọn chỉ nhập các dòng hợp lệ.</source>
        <translation>Rien n&apos;a été enregistré : corrigez les lignes refusées, ou choisissez de n&apos;importer que les lignes valides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã hủy: không có gì được ghi.</source>
        <translation>Annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu các dòng bị từ chối</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu tệp mẫu</source>
        <translation>Enregistrer le fichier modèle</translation>
    </message>
</context>
<context>
    <name>JoinCentreDialog</name>
    <message>
        <location filename="../jpf_desk/ui/join_dialog.py" line="+31"/>
        <source>Máy thêm của một cơ sở đã có</source>
        <translation>Poste supplémentaire d&apos;un centre existant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy này sẽ dùng chung dữ liệu với các máy khác của cơ sở qua văn phòng trung tâm. Nhập tài khoản của cơ sở do văn phòng trung tâm cung cấp; toàn bộ dữ liệu của cơ sở sẽ được tải về.</source>
        <translation>Ce poste partagera ses données avec les autres postes du centre via le siège. Saisissez le compte du centre fourni par le siège ; toutes les données du centre seront téléchargées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ tên người làm việc tại máy này:</source>
        <translation>Nom complet de la personne qui travaille sur ce poste :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tham gia</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang tải dữ liệu của cơ sở…</source>
        <translation>Téléchargement des données du centre…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../jpf_desk/ui/main_window.py" line="+216"/>
        <source>Cơ sở: %s</source>
        <translation>Centre : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên: %s</source>
        <translation>Agent : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu: %s</source>
        <translation>Base de données : %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quầy</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi &amp;nhân viên tại quầy…</source>
        <translation>Changer d&apos;agent à l&apos;&amp;accueil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi &amp;mật khẩu của tôi…</source>
        <translation>Changer &amp;mon mot de passe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin liên hệ in trên &amp;phiếu đồng ý…</source>
        <translation>Coordonnées imprimées sur le &amp;reçu de consentement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Việc cần làm về &amp;dữ liệu cá nhân…</source>
        <translation>À faire sur les &amp;données personnelles…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thư mục &amp;sao lưu hằng ngày…</source>
        <translation>Dossier de &amp;sauvegarde quotidienne…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cài đặt của quầy…</source>
        <translation>&amp;Réglages de l&apos;accueil…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nhập khách hàng từ bảng tính…</source>
        <translation>&amp;Importer des clients depuis un tableur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách cần xin &amp;đồng ý…</source>
        <translation>Clients dont le &amp;consentement est à demander…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm kiếm</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng mới</source>
        <translation>Nouveau client</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/new_dossier.py" line="+36"/>
        <source>Mở hồ sơ</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tháng 9</source>
        <translation>Septembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng 2</source>
        <translation>Février</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Choisissez un client.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/new_request.py" line="+49"/>
        <source>Lưu yêu cầu</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– Chọn cách đã xác minh –</source>
        <translation>– Choisir la vérification faite –</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện tại</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>PartnerConsentDialog</name>
    <message>
        <location filename="../forms/dossier_partner_consent.ui" line="+6"/>
        <source>Đồng ý chia sẻ dữ liệu với đối tác</source>
        <translation>Consentement au partage de données avec un partenaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Khách hàng đã đọc nội dung trên và &amp;đồng ý</source>
        <translation>Le client a lu le texte ci-dessus et &amp;consent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khách hàng dưới 16 tuổi: hỏi lại cho lựa chọn này</source>
        <translation>Client de moins de 16 ans : redemander pour ce choix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ có mặt:</source>
        <translation>&amp;Tuteur présent :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý chia sẻ này</source>
        <translation>Le &amp;tuteur consent à ce partage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trẻ (từ 7 tuổi) &amp;cũng đồng ý</source>
        <translation>L&apos;enfant (7 ans et plus) consent &amp;aussi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cách ghi nhận:</source>
        <translation>&amp;Mode de recueil :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partner_consent.py" line="+51"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Enregistrer et imprimer le reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;b&gt;Dữ liệu sẽ được chuyển ra nước ngoài (%1).&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Les données seront transférées à l&apos;étranger (%1).&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khách hàng &lt;b&gt;%1&lt;/b&gt; đồng ý để JPF gửi dữ liệu cá nhân cần thiết cho &lt;b&gt;%2&lt;/b&gt; với mục đích &lt;b&gt;%3&lt;/b&gt;, trong phạm vi đã thỏa thuận với đối tác này. Khách hàng có thể rút đồng ý bất cứ lúc nào.</source>
        <translation>Le client &lt;b&gt;%1&lt;/b&gt; accepte que JPF envoie les données personnelles nécessaires à &lt;b&gt;%2&lt;/b&gt; pour la finalité &lt;b&gt;%3&lt;/b&gt;, dans les limites convenues avec ce partenaire. Le client peut retirer son consentement à tout moment.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chỉ ghi nhận khi khách hàng thực sự đồng ý.</source>
        <translation>N&apos;enregistrez que si le client consent réellement.</translation>
    </message>
</context>
<context>
    <name>PartnerRequestDialog</name>
    <message>
        <location filename="../forms/dossier_request.ui" line="+6"/>
        <source>Yêu cầu bổ sung dữ liệu từ đối tác</source>
        <translation>Demande de données complémentaires d&apos;un partenaire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối tác yêu cầu</source>
        <translation>Partenaire demandeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối &amp;tác:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Finalités :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu yêu cầu:</source>
        <translation>&amp;Données demandées :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Nội dung yêu cầu:</source>
        <translation>&amp;Contenu de la demande :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trả lời của JPF</source>
        <translation>Réponse de JPF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kết quả:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trả lời:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/request_dialog.py" line="+99"/>
        <source>Ngoài phạm vi thỏa thuận (không được gửi): %1</source>
        <translation>Hors du périmètre convenu (non envoyé) : %1</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../forms/dossier_partners.ui" line="+6"/>
        <source>Đối tác</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quốc gia (mã 2 chữ):</source>
        <translation>&amp;Pays (code à 2 lettres) :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Liên hệ:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang hợp tác</source>
        <translation>Partenariat actif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác &amp;mới</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu đối tác</source>
        <translation>&amp;Enregistrer le partenaire</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phạm vi thỏa thuận cho &amp;mục đích:</source>
        <translation>Périmètre convenu pour la &amp;finalité :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lưu &amp;phạm vi</source>
        <translation>Enregistrer le &amp;périmètre</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partners_dialog.py" line="+52"/>
        <source>Thông tin: %1</source>
        <translation>Information : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giấy tờ: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Đã lưu phạm vi cho «%1».</source>
        <translation>Périmètre enregistré pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../forms/payments.ui" line="+6"/>
        <source>Thanh toán</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thu tiền</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Số tiền (₫):</source>
        <translation>&amp;Montant (₫) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 1.500.000</source>
        <translation>Ex. : 1.500.000</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Tham chiếu:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số giao dịch, số biên lai…</source>
        <translation>N° de transaction, n° de reçu…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/payments_dialog.py" line="+60"/>
        <source>In biên lai</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In lại biên lai của lần thu đang chọn (in lần sau ghi BẢN SAO)</source>
        <translation>Réimprimer le reçu du paiement choisi (les impressions suivantes portent COPIE)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lần</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số tiền</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham chiếu</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số biên lai</source>
        <translation>N° de reçu</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Học phí: %s – Đã trả: %s – Còn nợ: %s</source>
        <translation>Frais de scolarité : %s – Payé : %s – Reste dû : %s</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/preview.py" line="+154"/>
        <source>Đang in…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang in</source>
        <translation>Impression</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lưu thành PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã lưu %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/reason_dialog.py" line="+44"/>
        <source>Cần ghi lý do bằng văn bản.</source>
        <translation>Le motif doit être donné par écrit.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolments</name>
    <message>
        <location filename="../forms/enrolments_recent.ui" line="+11"/>
        <source>&lt;b&gt;Đăng ký gần đây của cơ sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inscriptions récentes du centre&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tìm một khách hàng ở trên để đăng ký lớp, xác nhận hoặc thu học phí.</source>
        <translation>Cherchez un client ci-dessus pour l&apos;inscrire à une classe, confirmer ou encaisser les frais.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolmentsModel</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent_model.py" line="+20"/>
        <source>Ngày đăng ký</source>
        <translation>Date d&apos;inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học viên</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Frais de scolarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn nợ</source>
        <translation>Reste dû</translation>
    </message>
</context>
<context>
    <name>RequestCalendarDialog</name>
    <message>
        <location filename="../forms/request_calendar.ui" line="+5"/>
        <source>Lịch nghỉ lễ và thời hạn xử lý yêu cầu</source>
        <translation>Jours fériés et délais de traitement des demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>color: #6b4a00;</source>
        <translation>color: #6b4a00;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N&amp;gày:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã &amp;xác nhận (theo quyết định chính thức)</source>
        <translation>&amp;Confirmé (par décision officielle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lưu ngày này</source>
        <translation>&amp;Enregistrer cette date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận ngày đã chọn</source>
        <translation>&amp;Confirmer la date choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xo&amp;á ngày đã chọn</source>
        <translation>&amp;Supprimer la date choisie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thời hạn theo loại yêu cầu</source>
        <translation>Délais par type de demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xác nhận yêu cầu luôn trong 2 ngày làm việc. Thời hạn trả lời mặc định tính theo ngày lịch (cách hiểu chặt hơn) cho đến khi được xác nhận; yêu cầu đang mở giữ hạn đã tính.</source>
        <translation>L&apos;accusé de réception se fait toujours sous 2 jours ouvrables. Le délai de réponse est compté par défaut en jours calendaires (lecture la plus stricte) jusqu&apos;à confirmation ; les demandes ouvertes gardent le délai déjà calculé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;thời hạn</source>
        <translation>Enregistrer la &amp;durée</translation>
    </message>
</context>
<context>
    <name>RequestCountLabel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/status.py" line="+35"/>
        <source>Yêu cầu dữ liệu: %d đang mở</source>
        <translation>Demandes sur les données : %d ouvertes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d quá hạn</source>
        <translation>, %d en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d sắp đến hạn</source>
        <translation>, %d bientôt dues</translation>
    </message>
</context>
<context>
    <name>RequestDecideDialog</name>
    <message>
        <location filename="../forms/request_decide.ui" line="+5"/>
        <source>Duyệt yêu cầu sửa đổi thông tin</source>
        <translation>Approuver une demande de rectification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lý do (bắt buộc khi từ chối):</source>
        <translation>&amp;Motif (obligatoire en cas de refus) :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duyệt và cập nhật</source>
        <translation>&amp;Approuver et mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đó&amp;ng</source>
        <translation>Fer&amp;mer</translation>
    </message>
</context>
<context>
    <name>RequestNewDialog</name>
    <message>
        <location filename="../forms/request_new.ui" line="+5"/>
        <source>Tiếp nhận yêu cầu về dữ liệu cá nhân</source>
        <translation>Recevoir une demande sur les données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách hàng:</source>
        <translation>Client :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(chưa chọn)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Choisir un client…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loại yêu cầu:</source>
        <translation>&amp;Type de demande :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Mode :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày nhận:</source>
        <translation>Date de &amp;réception :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Người yêu cầu:</source>
        <translation>&amp;Demandeur :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Xác minh danh tính:</source>
        <translation>&amp;Vérification d&apos;identité :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú &amp;xác minh:</source>
        <translation>Note de &amp;vérification :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Contenu :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mục đích liên quan (rút lại đồng ý, hạn chế, phản đối):</source>
        <translation>&amp;Finalités concernées (retrait du consentement, limitation, opposition) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thông tin cần &amp;sửa (chỉ điền ô cần thay đổi):</source>
        <translation>Informations à &amp;corriger (ne remplir que les champs à changer) :</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <location filename="../forms/request_queue.ui" line="+9"/>
        <source>background: #fff4d6; color: #6b4a00; padding: 4px;</source>
        <translation>background: #fff4d6; color: #6b4a00; padding: 4px;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Yêu cầu mới…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bắt đầu</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thực hiện…</source>
        <translation>&amp;Exécuter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gia hạn…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;In phiếu…</source>
        <translation>&amp;Imprimer le reçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ &amp;hạn chế…</source>
        <translation>Lever la &amp;limitation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo đối tá&amp;c…</source>
        <translation>Partenaires préve&amp;nus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lịch nghỉ lễ…</source>
        <translation>&amp;Jours fériés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ đang &amp;mở</source>
        <translation>Seulement les &amp;ouvertes</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/queue_model.py" line="+25"/>
        <source>Số</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại yêu cầu</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn tiếp theo</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xác nhận: %1</source>
        <translation>Accusé de réception : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hạn xác nhận: %1 · Hạn trả lời: %2</source>
        <translation>Accusé de réception au plus tard : %1 · Réponse au plus tard : %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tình trạng hạn</source>
        <translation>État du délai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>Calcul du délai</translation>
    </message>
</context>
<context>
    <name>RequestReasonDialog</name>
    <message>
        <location filename="../forms/request_reason.ui" line="+9"/>
        <source>Số &amp;ngày:</source>
        <translation>Nombre de &amp;jours :</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../jpf_desk/ui/requests/view.py" line="+74"/>
        <source>Chỉ quản lý mới được bỏ hạn chế xử lý.</source>
        <translation>Seul un responsable peut lever une limitation du traitement.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Gia hạn yêu cầu %s</source>
        <translation>Prolonger la demande %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ được gia hạn một lần. Lý do sẽ được gửi cho khách hàng bằng văn bản.</source>
        <translation>Une seule prolongation est possible. Le motif sera envoyé au client par écrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã báo đối tác</source>
        <translation>Partenaires prévenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo cho: %s. Ghi cách báo (email, ngày, người nhận):</source>
        <translation>Prévenus : %s. Indiquez comment (e-mail, date, destinataire) :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Từ chối yêu cầu %s</source>
        <translation>Refuser la demande %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do từ chối (được gửi cho khách hàng bằng văn bản):</source>
        <translation>Motif du refus (envoyé au client par écrit) :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bỏ hạn chế xử lý</source>
        <translation>Lever la limitation du traitement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ hạn chế của yêu cầu %s cho %s?
Dữ liệu sẽ lại được xử lý cho: %s.</source>
        <translation>Lever la limitation de la demande %s pour %s ?
Les données seront de nouveau traitées pour : %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ hạn chế</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Xoá dữ liệu của %s</source>
        <translation>Effacer les données de %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên, điện thoại, giấy tờ, địa chỉ và lịch sử thay đổi sẽ bị xoá vĩnh viễn. Chứng từ thanh toán và bằng chứng đồng ý được giữ lại theo luật. Lý do xoá:</source>
        <translation>Le nom, le téléphone, les documents, l&apos;adresse et l&apos;historique des modifications seront définitivement effacés. Les pièces de paiement et les preuves de consentement sont conservées comme la loi l&apos;exige. Motif de l&apos;effacement :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dữ liệu cá nhân đã được xoá. Giữ lại:
%s</source>
        <translation>Les données personnelles ont été effacées. Conservé :
%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu ý: %d bản sao lưu cũ của kho dữ liệu (thư mục backups) vẫn còn dữ liệu này.</source>
        <translation>Attention : %d anciennes sauvegardes de la base de données (dossier backups) contiennent encore ces données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xoá dữ liệu</source>
        <translation>Données effacées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang xoá dữ liệu…</source>
        <translation>Effacement des données…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu báo cáo vào thư mục</source>
        <translation>Enregistrer le rapport dans le dossier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đang lập báo cáo…</source>
        <translation>Établissement du rapport…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phiếu tiếp nhận %s</source>
        <translation>Accusé de réception %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang in phiếu…</source>
        <translation>Impression du reçu…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/send_dialog.py" line="+60"/>
        <source>Tạo gói và gửi</source>
        <translation>Créer le paquet et l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— chọn căn cứ —</source>
        <translation>— choisir une base —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (tệp ở máy khác)</source>
        <translation> (fichier sur un autre poste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (chưa có tệp)</source>
        <translation> (pas encore de fichier)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ngoài phạm vi thỏa thuận với đối tác</source>
        <translation>Hors du périmètre convenu avec le partenaire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thư mục lưu gói</source>
        <translation>Dossier d&apos;enregistrement du paquet</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã ghi nhận đồng ý. Bấm “Tạo gói và gửi” để gửi.</source>
        <translation>Consentement enregistré. Cliquez sur « Créer le paquet et l&apos;envoyer » pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có đối tác nào: hãy thêm đối tác trước.</source>
        <translation>Aucun partenaire pour l&apos;instant : ajoutez d&apos;abord un partenaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang tạo gói gửi đối tác…</source>
        <translation>Création du paquet pour le partenaire…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../jpf_desk/ui/settings/dialog.py" line="+59"/>
        <source>Cài đặt của quầy</source>
        <translation>Réglages de l&apos;accueil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trụ sở chính</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quầy</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In trên phiếu đồng ý mới (phiếu đã in giữ thông tin cũ).</source>
        <translation>Imprimé sur les nouveaux reçus de consentement (les reçus déjà imprimés gardent les anciennes informations).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Máy in mặc định của hệ thống</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thiết lập kết nối…</source>
        <translation>Configurer la connexion…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy này chưa kết nối với trụ sở chính.</source>
        <translation>Ce poste n&apos;est pas encore connecté au siège.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chưa bao giờ</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy chủ: %1 – cơ sở dữ liệu: %2 – tài khoản: %3
Đồng bộ lần cuối: %4</source>
        <translation>Serveur : %1 – base de données : %2 – compte : %3
Dernière synchronisation : %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông báo và nhãn đổi ngôn ngữ ngay; lần mở chương trình sau cả cửa sổ dùng ngôn ngữ này từ màn hình đăng nhập.</source>
        <translation>Les messages et les libellés changent de langue tout de suite ; au prochain démarrage, toute la fenêtre utilise cette langue dès l&apos;écran de connexion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(chưa chọn)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Dossier de sauvegarde quotidienne</translation>
    </message>
</context>
<context>
    <name>SwitchStaffDialog</name>
    <message>
        <location filename="../forms/switch_staff.ui" line="+6"/>
        <source>Đổi nhân viên tại quầy</source>
        <translation>Changer d&apos;agent à l&apos;accueil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nhân viên tại quầy:</source>
        <translation>&amp;Agent d&apos;accueil :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm nhân viên (chỉ quản lý)</source>
        <translation>Ajouter un agent (responsables seulement)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Vai trò:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/staff_dialog.py" line="+48"/>
        <source>Đăng nhập</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đặt lại mật khẩu của nhân viên đang chọn (chỉ quản lý)</source>
        <translation>Réinitialiser le mot de passe de l&apos;agent choisi (responsables seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mật khẩu &amp;tạm:</source>
        <translation>Mot de passe &amp;temporaire :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đặt &amp;lại</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Khóa màn hình khi không dùng (chỉ quản lý)</source>
        <translation>Verrouiller l&apos;écran en cas d&apos;inactivité (responsables seulement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tự khóa sau</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vui lòng nhập họ và tên.</source>
        <translation>Veuillez saisir le nom complet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã đặt mật khẩu tạm; người này sẽ chọn mật khẩu mới khi đăng nhập.</source>
        <translation>Mot de passe temporaire défini ; cette personne choisira un nouveau mot de passe à la connexion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de travailler.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <location filename="../forms/sync_connect.ui" line="+6"/>
        <source>Kết nối với văn phòng trung tâm</source>
        <translation>Connexion au siège</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập thông tin do văn phòng trung tâm cung cấp. Mật khẩu được giữ trong kho khóa của hệ thống, không ghi vào tệp nào.</source>
        <translation>Saisissez les informations fournies par le siège. Le mot de passe est gardé dans le trousseau du système, jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Máy chủ:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cổng:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tài khoản của cơ sở:</source>
        <translation>Compte du centre :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mật khẩu:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chế độ TLS:</source>
        <translation>Mode TLS :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ gốc (CA):</source>
        <translation>Certificat racine (CA) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ của máy:</source>
        <translation>Certificat du poste :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khóa riêng của máy:</source>
        <translation>Clé privée du poste :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/connect_dialog.py" line="+26"/>
        <source>Lưu</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../forms/sync_view.ui" line="+6"/>
        <source>Đồng bộ với văn phòng trung tâm</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Đồng bộ với văn phòng trung tâm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Synchronisation avec le siège&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy chủ:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lần đồng bộ gần nhất:</source>
        <translation>Dernière synchronisation :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dữ liệu ở máy này:</source>
        <translation>Données sur ce poste :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Synchroniser maintenant (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dừng</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kết nối…</source>
        <translation>Connecter…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Xung đột cần xử lý (cùng một hồ sơ đã được sửa ở máy này và ở nơi khác):</source>
        <translation>Conflits à régler (la même fiche a été modifiée sur ce poste et ailleurs) :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trường</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản ở máy này</source>
        <translation>Version de ce poste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản của văn phòng trung tâm</source>
        <translation>Version du siège</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Giữ bản ở máy này</source>
        <translation>Garder la version de ce poste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giữ bản của văn phòng trung tâm</source>
        <translation>Garder la version du siège</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng</source>
        <translation>Enregistrements reçus non appliqués</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tình trạng</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại dữ liệu</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã bản ghi</source>
        <translation>Identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/view.py" line="+110"/>
        <source>Chưa kết nối: bấm &quot;Kết nối…&quot; để nhập thông tin máy chủ.</source>
        <translation>Non connecté : cliquez sur « Connecter… » pour saisir les informations du serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính.</source>
        <translation>Non connecté : un responsable doit saisir les informations du serveur du siège.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa bao giờ</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 thay đổi chưa gửi</source>
        <translation>%1 modifications non envoyées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng: %1 đang chờ, %2 không hợp lệ</source>
        <translation>Enregistrements reçus non appliqués : %1 en attente, %2 invalides</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không hợp lệ</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang chờ</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã lưu thông tin kết nối.</source>
        <translation>Informations de connexion enregistrées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang nhận thay đổi từ văn phòng trung tâm…</source>
        <translation>Réception des modifications du siège…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang gửi thay đổi của máy này…</source>
        <translation>Envoi des modifications de ce poste…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang đồng bộ…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đồng bộ</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang dừng…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã đồng bộ: gửi %1, nhận %2.</source>
        <translation>Synchronisé : %1 envoyés, %2 reçus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có %1 xung đột cần xử lý bên dưới.</source>
        <translation>%1 conflits à régler ci-dessous.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Văn phòng trung tâm từ chối %1 bản ghi (không thuộc cơ sở này, là dữ liệu dùng chung, hoặc quá lớn): chúng chỉ được giữ ở máy này và không gửi cho các máy khác.</source>
        <translation>Le siège a refusé %1 enregistrements (hors de ce centre, données communes ou trop volumineux) : ils ne sont gardés que sur ce poste et ne sont pas envoyés aux autres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bản ghi nhận về đang chờ, %2 bản ghi không hợp lệ được để riêng (xem danh sách bên dưới).</source>
        <translation>%1 enregistrements reçus en attente, %2 enregistrements invalides mis de côté (voir la liste ci-dessous).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đồng bộ không thành công. Không mất dữ liệu; hãy thử lại sau.</source>
        <translation>La synchronisation a échoué. Aucune donnée perdue ; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục.</source>
        <translation>Synchronisation arrêtée. Ce qui a été envoyé est conservé ; la prochaine fois reprendra la suite.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(đã xóa)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái bản ghi</source>
        <translation>Statut de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã giữ bản ở máy này; bản này sẽ được gửi ở lần đồng bộ tới.</source>
        <translation>Version de ce poste conservée ; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lấy bản của văn phòng trung tâm.</source>
        <translation>Version du siège reprise.</translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <location filename="../jpf_desk/ui/tasks.py" line="+124"/>
        <source>Đang hủy…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hủy</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/withdraw.py" line="+44"/>
        <source>Rút lại và in phiếu mới</source>
        <translation>Retirer et imprimer un nouveau reçu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chia sẻ với %1 (%2)</source>
        <translation>Partage avec %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JPF sẽ không gửi dữ liệu của bạn cho %1 nữa.</source>
        <translation>JPF n&apos;enverra plus vos données à %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chọn một mục đích ở trên để xem điều gì sẽ thay đổi.</source>
        <translation>Choisissez une finalité ci-dessus pour voir ce qui changera.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../jpf_desk/ui/backup_status.py" line="+38"/>
        <source>Chưa chọn thư mục sao lưu</source>
        <translation>Aucun dossier de sauvegarde choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có bản sao lưu</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu gần nhất: %s</source>
        <translation>Dernière sauvegarde : %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Dossier de sauvegarde quotidienne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../jpf_desk/ui/consent/printing.py" line="+47"/>
        <source>Phiếu đồng ý %1</source>
        <translation>Reçu de consentement %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – THIẾU thông tin liên hệ của bên kiểm soát (xem phiếu)</source>
        <translation> – coordonnées du responsable du traitement MANQUANTES (voir le reçu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang chuẩn bị phiếu</source>
        <translation>Préparation du reçu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang chuẩn bị mẫu giấy</source>
        <translation>Préparation du formulaire papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu đồng ý (bản giấy)</source>
        <translation>Formulaire de consentement (papier)</translation>
    </message>
</context>
<context>
    <name>enrolments</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/labels.py" line="+17"/>
        <source>Danh sách chờ (số %d)</source>
        <translation>Liste d&apos;attente (n° %d)</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent.py" line="+22"/>
        <source>Tất cả</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../jpf_desk/ui/errors.py" line="+88"/>
        <source>Lỗi không mong muốn</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã tham chiếu: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao chép chi tiết</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không thực hiện được</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <location filename="../jpf_desk/ui/gallery.py" line="+142"/>
        <source>Mẫu đồng ý</source>
        <translation>Formulaire de consentement</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gia hạn</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do gia hạn:</source>
        <translation>Motif de la prolongation :</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/documents.py" line="+45"/>
        <source>Đang chuẩn bị bản in</source>
        <translation>Préparation de l&apos;impression</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Biên lai thu tiền %1</source>
        <translation>Reçu de paiement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – BẢN SAO</source>
        <translation> – COPIE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bảng kê thu tiền trong ngày</source>
        <translation>Relevé des encaissements du jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Danh sách lớp – điểm danh</source>
        <translation>Liste de classe – présences</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/section.py" line="+19"/>
        <source>Nhật ký truy cập</source>
        <translation>Journal des accès</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/section.py" line="+17"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/section.py" line="+17"/>
        <source>Khách hàng</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/section.py" line="+17"/>
        <source>Hồ sơ du học</source>
        <translation>Études à l&apos;étranger</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/section.py" line="+17"/>
        <source>Đăng ký học</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/section.py" line="+18"/>
        <source>Yêu cầu dữ liệu</source>
        <translation>Demandes (données)</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/section.py" line="+18"/>
        <source>Đồng bộ</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <location filename="../jpf_desk/ui/password_fields.py" line="+33"/>
        <source>Ít nhất 8 ký tự, hoặc mã PIN ít nhất 6 chữ số.</source>
        <translation>Au moins 8 caractères, ou un code PIN d&apos;au moins 6 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../jpf_desk/ui/requests/details.py" line="+24"/>
        <source>Số</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khách hàng</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người yêu cầu</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác minh</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác nhận chậm nhất</source>
        <translation>Accusé de réception au plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời chậm nhất</source>
        <translation>Réponse au plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (có đối tác liên quan)</source>
        <translation> (avec des partenaires concernés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>Calcul du délai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục đích</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+41"/>
        <source>Gia hạn</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do từ chối</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin cần sửa</source>
        <translation>Informations à corriger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Việc cần báo đối tác</source>
        <translation>À signaler aux partenaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các bước</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+0"/>
        <source>Đã duyệt</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không duyệt</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../jpf_desk/ui/sign_in_dialog.py" line="+101"/>
        <source>Màn hình đã khóa</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Đăng nhập</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Màn hình đã khóa vì không có thao tác. Hãy đăng nhập lại; công việc đang mở vẫn được giữ nguyên.</source>
        <translation>L&apos;écran a été verrouillé faute d&apos;activité. Reconnectez-vous ; le travail ouvert est conservé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Đang mở kho dữ liệu…</source>
        <translation>Ouverture des données…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Nhân viên:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de travailler.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đổi mật khẩu</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chọn mật khẩu quản lý</source>
        <translation>Choisir le mot de passe du responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Từ phiên bản này, mỗi nhân viên đăng nhập bằng mật khẩu. Chưa quản lý nào có mật khẩu trên máy này: một quản lý hãy chọn mật khẩu của mình, rồi đặt mật khẩu cho các nhân viên khác.</source>
        <translation>À partir de cette version, chaque agent se connecte avec un mot de passe. Aucun responsable n&apos;a encore de mot de passe sur ce poste : un responsable choisit le sien, puis définit ceux des autres agents.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quản lý:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu và đăng nhập</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../jpf_desk/ui/sync/labels.py" line="+16"/>
        <source>Khách hàng</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người giám hộ</source>
        <translation>Tuteurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi danh</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thanh toán</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hồ sơ du học</source>
        <translation>Dossiers d&apos;études à l&apos;étranger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phiếu đồng ý</source>
        <translation>Reçus de consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lựa chọn đồng ý</source>
        <translation>Choix de consentement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lịch sử thay đổi</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trạng thái</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không mã hóa (không an toàn)</source>
        <translation>sans chiffrement (non sûr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa khi máy chủ đòi hỏi</source>
        <translation>chiffré si le serveur l&apos;exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa nếu được</source>
        <translation>chiffré si possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>luôn mã hóa, không kiểm tra chứng chỉ</source>
        <translation>toujours chiffré, sans vérifier le certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ của máy chủ</source>
        <translation>chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)</source>
        <translation>chiffré, certificat et nom du serveur vérifiés (recommandé)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../jpf_desk/ui/widgets.py" line="+29"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>
