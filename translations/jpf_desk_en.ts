<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/view.py" line="+49"/>
        <source>Mã khách hàng</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi việc</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khách hàng:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Việc:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In / lưu PDF…</source>
        <translation>&amp;Print / save as PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhân viên</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng (mã)</source>
        <translation>Customer (code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mọi nhân viên</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>khách hàng %s</source>
        <translation>customer %s</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n sự kiện</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhật ký truy cập</source>
        <translation>Access log</translation>
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
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHƯA</source>
        <translation>NO</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loại yêu cầu</source>
        <translation>Request type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số ngày</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi có đối tác</source>
        <translation>With partners</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gia hạn tối đa</source>
        <translation>Maximum extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính</source>
        <translation>Counting rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn rơi vào ngày nghỉ</source>
        <translation>Deadline falls on a holiday</translation>
    </message>
</context>
<context>
    <name>ClassFormDialog</name>
    <message>
        <location filename="../forms/class_form.ui" line="+6"/>
        <source>Lớp mới</source>
        <translation>New class</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khóa học:</source>
        <translation>&amp;Course:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mã lớp:</source>
        <translation>Class &amp;code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-2026-12</source>
        <translation>E.g. A1-2026-12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phòng:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Giáo viên:</source>
        <translation>&amp;Teacher:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lịch học:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: T2, T4 18:00–20:00</source>
        <translation>E.g. Mon, Wed 18:00–20:00</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;bắt đầu:</source>
        <translation>&amp;Start date:</translation>
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
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sĩ số:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Tuition fee (₫):</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/class_dialog.py" line="+29"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hãy tạo khóa học trước.</source>
        <translation>Create a course first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trường này không được để trống.</source>
        <translation>This field cannot be left empty.</translation>
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
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã lớp, khóa học, giáo viên</source>
        <translation>Class code, course, teacher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ lớp chưa kết thúc</source>
        <translation>Only classes not yet finished</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Khóa học &amp;mới…</source>
        <translation>New &amp;course…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lớp mới…</source>
        <translation>&amp;New class…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/list_view.py" line="+77"/>
        <location line="+30"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Mã lớp</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Giáo viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>In danh sách lớp</source>
        <translation>Print class list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách học viên của lớp đang chọn, có cột điểm danh cho từng buổi</source>
        <translation>The chosen class&apos;s students, with an attendance column for each session</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lớp học hôm nay (%s): %d lớp</source>
        <translation>Today&apos;s classes (%s): %d classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Lịch học</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sĩ số</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chỗ đã có</source>
        <translation>Places taken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danh sách chờ</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Học phí</source>
        <translation>Tuition fee</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;%s&lt;/b&gt; – %s: %d/%d chỗ, %d người chờ</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; – %s: %d/%d places, %d waiting</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../jpf_desk/ui/clock_warning.py" line="+32"/>
        <source>Máy này sai giờ.</source>
        <translation>This desk&apos;s clock is wrong.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../forms/consent_dialog.ui" line="+6"/>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Consent to personal data processing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đọc (hoặc đưa khách hàng đọc) chính sách dưới đây. Mỗi mục đích có một ô riêng, không ô nào được đánh dấu sẵn: ô không đánh dấu được ghi nhận là KHÔNG đồng ý.</source>
        <translation>Read (or have the customer read) the policy below. Each purpose has its own box, none ticked in advance: an unticked box is recorded as NOT agreed.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dữ liệu nhạy cảm sẽ được xử lý (đánh dấu nếu có, ví dụ cho hồ sơ du học)</source>
        <translation>Sensitive data will be processed (tick if so, for example for a study-abroad dossier)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng dưới 16 tuổi</source>
        <translation>Customer under 16</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ:</source>
        <translation>&amp;Guardian:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý với các lựa chọn trên thay cho học viên</source>
        <translation>The &amp;guardian agrees to the choices above on the student&apos;s behalf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Học viên (từ 7 tuổi) cũng &amp;tự đồng ý</source>
        <translation>The student (aged 7 or more) also &amp;consents</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cách thu thập</source>
        <translation>How collected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ngày &amp;ký mẫu giấy:</source>
        <translation>Date the paper form was &amp;signed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ngôn ngữ của phiếu:</source>
        <translation>Receipt &amp;language:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/dialog.py" line="+66"/>
        <source>Đồng ý xử lý dữ liệu – %1</source>
        <translation>Consent to processing – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Record and print the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chính sách %1 – SHA-256 %2</source>
        <translation>Policy %1 – SHA-256 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source> (cần để ghi danh)</source>
        <translation> (needed to enrol)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hiện đang đồng ý</source>
        <translation>Currently agreed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc; bản dịch để tham khảo.</source>
        <translation>The Vietnamese policy text (SHA-256 above) is the original; the translation is for reference.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Từ chối tất cả?</source>
        <translation>Refuse everything?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng từ chối tất cả các mục đích?</source>
        <translation>Does the customer refuse every purpose?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa đánh dấu mục đích nào. Phiếu sẽ ghi là khách hàng từ chối mọi mục đích và không thể sửa lại.</source>
        <translation>No purpose is ticked. The receipt will say the customer refuses every purpose, and this cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../forms/consent_panel.ui" line="+9"/>
        <source>Lựa chọn hiện tại</source>
        <translation>Current choices</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Các phiếu đồng ý</source>
        <translation>Consent receipts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Ghi nhận đồng ý…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rút lại…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;lại phiếu…</source>
        <translation>Print the receipt &amp;again…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;mẫu giấy trống…</source>
        <translation>Print a blank &amp;paper form…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/panel.py" line="+72"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lựa chọn</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã phiếu</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng đã đủ 16 tuổi: sự đồng ý của người giám hộ không còn thay cho họ. Hãy hỏi chính khách hàng và ghi nhận lựa chọn của họ (chuyển giao đồng ý).</source>
        <translation>The customer has turned 16: the guardian&apos;s consent no longer stands for them. Ask the customer themselves and record their choices (consent handover).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có sự đồng ý nào của khách hàng này (ví dụ: nhập từ bảng tính). Hãy hỏi khách hàng và ghi nhận lựa chọn của họ.</source>
        <translation>This customer has no consent yet (for example: imported from a spreadsheet). Ask the customer and record their choices.</translation>
    </message>
</context>
<context>
    <name>ConsentPreviewDialog</name>
    <message>
        <location filename="../forms/consent_preview.ui" line="+6"/>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu thành PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentToCollectDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/to_collect.py" line="+27"/>
        <source>Khách hàng cần xin đồng ý</source>
        <translation>Customers to ask for consent</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n khách hàng chưa có sự đồng ý nào: hãy hỏi khi họ đến.</source>
        <translation>
            <numerusform>%n customer has no consent yet: ask when they come in.</numerusform>
            <numerusform>%n customers have no consent yet: ask when they come in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vị thành niên</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <location filename="../forms/consent_withdraw.ui" line="+6"/>
        <source>Rút lại sự đồng ý</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn các mục đích khách hàng muốn rút lại. Việc xử lý dừng từ bây giờ; những gì đã làm trước đó vẫn được lưu. Một phiếu mới sẽ thay thế phiếu hiện tại.</source>
        <translation>Choose the purposes the customer wants to withdraw. Processing stops from now on; what was done before stays on record. A new receipt will replace the current one.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang đồng ý</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Điều gì thay đổi khi rút lại</source>
        <translation>What changes on withdrawal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Hình thức yêu cầu:</source>
        <translation>Request &amp;channel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Người giám hộ rút lại:</source>
        <translation>&amp;Guardian withdrawing:</translation>
    </message>
</context>
<context>
    <name>ControllerDetailsDialog</name>
    <message>
        <location filename="../forms/controller_details.ui" line="+6"/>
        <source>Thông tin liên hệ in trên phiếu đồng ý</source>
        <translation>Contact details printed on the consent receipt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông tin của cơ sở này (quản lý nhập)</source>
        <translation>This centre&apos;s details (entered by the manager)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Điện &amp;thoại:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư điện &amp;tử:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Liên hệ &amp;bảo vệ dữ liệu:</source>
        <translation>Data &amp;protection contact:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/controller_dialog.py" line="+46"/>
        <source>CHƯA CÓ</source>
        <translation>NONE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;JPF (bên kiểm soát dữ liệu)&lt;/b&gt; – do trụ sở chính thiết lập:</source>
        <translation>&lt;b&gt;JPF (data controller)&lt;/b&gt; – set by head office:</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <location filename="../forms/course_form.ui" line="+6"/>
        <source>Khóa học mới</source>
        <translation>New course</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mã khóa học:</source>
        <translation>Course &amp;code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-G</source>
        <translation>E.g. A1-G</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên khóa học:</source>
        <translation>Course &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Tiếng Pháp A1</source>
        <translation>E.g. French A1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>T&amp;rình độ:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Kỳ thi:</source>
        <translation>&amp;Exam:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số &amp;giờ:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Tuition fee (₫):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 4.500.000</source>
        <translation>E.g. 4.500.000</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/course_dialog.py" line="+36"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuổi từ</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuổi đến</source>
        <translation>Age to</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trường này không được để trống.</source>
        <translation>This field cannot be left empty.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../forms/customer_detail.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Người giám hộ</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Sửa hồ sơ</source>
        <translation>&amp;Edit record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>&amp;Enrol in a class…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yêu cầu dữ liệu…</source>
        <translation>&amp;Data requests…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/detail.py" line="+80"/>
        <source>Ai đã xem hồ sơ này…</source>
        <translation>Who viewed this record…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đồng ý dữ liệu</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d tuổi</source>
        <translation>%d years old</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – dưới 16 tuổi</source>
        <translation> – under 16</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Tuition fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hiện đầy đủ số giấy tờ</source>
        <translation>Show the full document number</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ai đã xem hồ sơ này</source>
        <translation>Who viewed this record</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../forms/customer_form.ui" line="+6"/>
        <source>Hồ sơ khách hàng</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thông tin cá nhân</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ:</source>
        <translation>&amp;Family name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tên đệ&amp;m:</source>
        <translation>&amp;Middle name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Họ tên như đã &amp;viết:</source>
        <translation>Full name as &amp;written:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Để trống: ghép từ họ, tên đệm, tên</source>
        <translation>Leave empty: made from family, middle and given names</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;sinh:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+146"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&amp;Giới tính:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 0912 345 678</source>
        <translation>E.g. 0912 345 678</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số giấy tờ:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ngày hết hạn:</source>
        <translation>Expiry date:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tỉnh/thành &amp;phố:</source>
        <translation>&amp;Province/city:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Xã/phường:</source>
        <translation>&amp;Commune/ward:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Số nhà, đường:</source>
        <translation>House number, street:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Địa chỉ như đã viết:</source>
        <translation>Address as written:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Như trên giấy tờ cũ (có thể ghi quận/huyện)</source>
        <translation>As on older documents (the district may be given)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Người giám hộ</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.</source>
        <translation>Customer under 16: at least one guardian is needed.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thêm người &amp;giám hộ…</source>
        <translation>Add a &amp;guardian…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bỏ người giám hộ</source>
        <translation>&amp;Remove guardian</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/form.py" line="+62"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sửa hồ sơ khách hàng</source>
        <translation>Edit customer record</translation>
    </message>
    <message>
        <location line="+108"/>
        <source> (đã có hồ sơ)</source>
        <translation> (already has a record)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Người giám hộ %d: %s</source>
        <translation>Guardian %d: %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đã lưu, cần kiểm tra</source>
        <translation>Saved, to be checked</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../jpf_desk/ui/customers/list_model.py" line="+37"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dưới 16</source>
        <translation>Under 16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khớp theo</source>
        <translation>Matched on</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../forms/customer_list.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Name without accents, phone or document number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Khách hàng &amp;mới</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/list_view.py" line="+29"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1+ khách hàng</source>
        <translation>%1+ customers</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n khách hàng</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../forms/customer_picker.ui" line="+6"/>
        <source>Chọn khách hàng</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Name without accents, phone or document number</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/picker.py" line="+23"/>
        <source>Chọn</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>DataDutiesDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/duties.py" line="+56"/>
        <source>Việc cần làm về dữ liệu cá nhân</source>
        <translation>Personal data to-do</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xoá dữ liệu khách hàng đã chọn</source>
        <translation>Erase the chosen customer&apos;s data</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sinh nhật 16 tuổi</source>
        <translation>16th birthday</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Khách hàng</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sự đồng ý của người giám hộ hết hiệu lực khi khách hàng đủ 16 tuổi: lần tới khách đến, hãy hỏi chính họ (tab Đồng ý dữ liệu, cách thu thập «Chuyển giao»).</source>
        <translation>The guardian&apos;s consent ends when the customer turns 16: next time they come in, ask them directly (Consent tab, collection method “Handover”).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển giao đồng ý (%1)</source>
        <translation>Consent handover (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xoá dữ liệu</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã ngừng xử lý; hỏi lại khách</source>
        <translation>Processing stopped; ask the customer again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quá thời hạn lưu trữ (%1)</source>
        <translation>Retention period exceeded (%1)</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/decide_dialog.py" line="+36"/>
        <source>Yêu cầu %s của %s</source>
        <translation>Request %s from %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác đã nhận giá trị cũ (sẽ tạo việc cần báo lại): %s</source>
        <translation>Partners who received the old value (a task to tell them will be made): %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không đối tác nào đã nhận các thông tin này.</source>
        <translation>No partner has received this information.</translation>
    </message>
</context>
<context>
    <name>DocumentKindsDialog</name>
    <message>
        <location filename="../forms/dossier_kinds.ui" line="+6"/>
        <source>Mẫu danh mục giấy tờ</source>
        <translation>Document list template</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hồ sơ mới lấy danh mục giấy tờ từ mẫu này. Tích vào ô để đổi; hồ sơ đã mở giữ danh mục của mình.</source>
        <translation>New dossiers take their document list from this template. Tick a box to change it; dossiers already open keep their own list.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mã (vd: medical_certificate)</source>
        <translation>Code (e.g. medical_certificate)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên giấy tờ</source>
        <translation>Document name</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+34"/>
        <source>Bắt buộc</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+0"/>
        <source>Nhạy cảm</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+1"/>
        <source>Có hạn</source>
        <translation>Time-limited</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="-1"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/documents_tab.py" line="+84"/>
        <source>Đã nhận %1/%2 · thiếu %3 giấy tờ bắt buộc · %4 sắp hết hạn · %5 đã hết hạn</source>
        <translation>Received %1/%2 · %3 required documents missing · %4 expiring soon · %5 expired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Chọn tệp (bản quét hoặc PDF)</source>
        <translation>Choose a file (scan or PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản quét, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>DossierBoard</name>
    <message>
        <location filename="../forms/dossier_board.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Study-abroad dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Advisor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Intake:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chỉ hồ sơ &amp;trễ hạn</source>
        <translation>Only &amp;late dossiers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cả hồ sơ đã đóng/rút</source>
        <translation>Include closed/withdrawn dossiers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation>&amp;New dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mẫu &amp;giấy tờ…</source>
        <translation>Document &amp;templates…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đối &amp;tác…</source>
        <translation>&amp;Partners…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Giai đoạn / Khách hàng</source>
        <translation>Stage / Customer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tư vấn viên</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập học</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bậc học</source>
        <translation>Level of study</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Từ ngày</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trễ</source>
        <translation>Late</translation>
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
        <translation>All</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 trễ</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 hồ sơ, %2 trễ hạn</source>
        <translation>%1 dossiers, %2 late</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · Nộp hồ sơ đánh giá tác động chuyển dữ liệu sang %1 chậm nhất ngày %2 (còn %3 ngày)</source>
        <translation> · File the data-transfer impact assessment for %1 by %2 (%3 days left)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>thiếu %1</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đủ giấy tờ bắt buộc</source>
        <translation>all required documents in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sắp/đã hết hạn</source>
        <translation>%1 expiring or expired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ngày</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../forms/dossier_dialog.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Study-abroad dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Giai đoạn</source>
        <translation>&amp;Stage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chuyển &amp;sang:</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;huyển giai đoạn</source>
        <translation>Change &amp;stage</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sang</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
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
        <translation>Order</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+37"/>
        <source>Thành phố</source>
        <translation>City</translation>
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
        <translation>Level</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ngày nộp</source>
        <translation>Date filed</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+319"/>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="+201"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
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
        <translation>Required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhạy cảm</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người nhận</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hết hạn</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã gửi cho</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation>&amp;Attach a file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mở tệp</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày &amp;hết hạn:</source>
        <translation>&amp;Expiry date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu ngày hết hạn</source>
        <translation>Save the expiry date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Chia sẻ dữ liệu</source>
        <translation>Data &amp;sharing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gửi cho đối tác…</source>
        <translation>&amp;Send to partner…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In “Ai đã nhận dữ liệu của tôi”…</source>
        <translation>&amp;Print “Who received my data”…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>Đối tác</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dữ liệu, giấy tờ</source>
        <translation>Data, documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người gửi</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ra nước ngoài</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yêu cầu bổ sung từ đối tác:</source>
        <translation>Partner&apos;s further request:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi &amp;yêu cầu của đối tác…</source>
        <translation>Record a &amp;partner&apos;s request…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;rả lời yêu cầu…</source>
        <translation>&amp;Answer the request…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Yêu cầu</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngoài phạm vi</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="-82"/>
        <source> · &lt;b style=&apos;color:#b00020&apos;&gt;trễ %1 ngày&lt;/b&gt;</source>
        <translation> · &lt;b style=&apos;color:#b00020&apos;&gt;%1 days late&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · nhập học %2 · %3%4&lt;br&gt;Tư vấn viên: %5 · Giai đoạn: &lt;b&gt;%6&lt;/b&gt; (từ %7)%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · intake %2 · %3%4&lt;br&gt;Advisor: %5 · Stage: &lt;b&gt;%6&lt;/b&gt; (since %7)%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hồ sơ du học – %1</source>
        <translation>Study-abroad dossier – %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Còn thiếu giấy tờ</source>
        <translation>Documents missing</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Còn %n giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?</source>
        <translation>
            <numerusform>%n required document is still missing. Change the stage anyway?</numerusform>
            <numerusform>%n required documents are still missing. Change the stage anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trả lời của trường:</source>
        <translation>School&apos;s answer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang tạo báo cáo…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>DossierNewDialog</name>
    <message>
        <location filename="../forms/dossier_new.ui" line="+6"/>
        <source>Hồ sơ du học mới</source>
        <translation>New study-abroad dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Choose a customer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Advisor:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Intake:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Bậc học mong muốn:</source>
        <translation>Target &amp;level of study:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Cử nhân, Thạc sĩ</source>
        <translation>E.g. Bachelor, Master</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ngân sách (VND):</source>
        <translation>&amp;Budget (VND):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 600.000.000</source>
        <translation>E.g. 600.000.000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>DossierSendDialog</name>
    <message>
        <location filename="../forms/dossier_send.ui" line="+6"/>
        <source>Gửi cho đối tác</source>
        <translation>Send to partner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đối &amp;tác:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Purposes:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu gửi:</source>
        <translation>&amp;Data sent:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Căn cứ chuyển ra nước ngoài:</source>
        <translation>&amp;Basis for transfer abroad:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư mục &amp;lưu gói:</source>
        <translation>Package &amp;folder:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ghi &amp;chú:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ghi nhận đồng ý &amp;chia sẻ của khách hàng…</source>
        <translation>Record the customer&apos;s consent to &amp;sharing…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../forms/duplicates.ui" line="+6"/>
        <source>Có thể trùng hồ sơ</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có thể người này đã có hồ sơ. Hãy kiểm tra trước khi lưu một hồ sơ mới.</source>
        <translation>This person may already have a record. Check before saving a new one.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Mở hồ sơ đã có</source>
        <translation>&amp;Open the existing record</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vẫn lưu hồ sơ mới</source>
        <translation>&amp;Save the new record anyway</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/duplicates_dialog.py" line="+23"/>
        <source>Trùng số giấy tờ</source>
        <translation>Same document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cùng số điện thoại, tên gần giống</source>
        <translation>Same phone number, similar name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../forms/enrol_form.ui" line="+6"/>
        <source>Đăng ký lớp</source>
        <translation>Enrol in a class</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khách hàng:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Chọn…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lớp:</source>
        <translation>&amp;Class:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Kết quả kiểm tra đầu vào:</source>
        <translation>&amp;Placement test result:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không bắt buộc, VD: A2</source>
        <translation>Optional, e.g. A2</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/enrol_dialog.py" line="+40"/>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiện cả lớp đã đủ chỗ (vào danh sách chờ)</source>
        <translation>Also show full classes (waiting list)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%d tuổi</source>
        <translation>%d years old</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trình độ %s</source>
        <translation>level %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ hiện lớp đang mở, chưa khai giảng</source>
        <translation>Only open classes that have not started yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, còn chỗ</source>
        <translation>, places left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hợp với khách hàng (%s)</source>
        <translation>, suited to the customer (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d lớp khác không hợp nên không hiện.</source>
        <translation>%d other classes do not fit and are not shown.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Không có lớp nào đang mở phù hợp.</source>
        <translation>No suitable open class.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn %d chỗ. Học phí %s.</source>
        <translation>%d places left. Tuition fee %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lớp đã đủ chỗ: khách hàng sẽ vào danh sách chờ (đang có %d người chờ).</source>
        <translation>The class is full: the customer goes on the waiting list (%d people waiting).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Choose a customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn lớp.</source>
        <translation>Choose a class.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s được xếp vào danh sách chờ lớp %s, số thứ tự %d.</source>
        <translation>%s is on the waiting list of class %s, number %d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã ghi danh %s vào lớp %s (chờ xác nhận). Học phí %s.</source>
        <translation>Enrolled %s in class %s (to be confirmed). Tuition fee %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danh sách chờ</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.</source>
        <translation>Class %s is full. %s is on the waiting list, number %d.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../forms/enrolment_panel.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>&amp;Enrol in a class…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xếp &amp;vào lớp</source>
        <translation>&amp;Place in the class</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hoàn thành</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hủy đăng ký</source>
        <translation>&amp;Cancel enrolment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Thanh toán…</source>
        <translation>&amp;Payment…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/panel.py" line="+43"/>
        <source>Chuyển từ danh sách chờ vào lớp khi có chỗ trống</source>
        <translation>Move from the waiting list into the class when a place frees up</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Học viên</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra đầu vào</source>
        <translation>Placement test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Tuition fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã trả</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Một chỗ đã trống: %s được chuyển từ danh sách chờ vào lớp %s.</source>
        <translation>A place has freed up: %s moves from the waiting list into class %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <location filename="../forms/enrolments_view.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Enrolment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm khách hàng:</source>
        <translation>&amp;Find customer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Name without accents, phone or document number</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/view.py" line="+44"/>
        <source>Bảng kê thu tiền hôm nay</source>
        <translation>Today&apos;s takings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In các khoản đã thu hôm nay, theo nhân viên và hình thức, để đối chiếu khi đóng quầy</source>
        <translation>Print today&apos;s takings by staff member and method, to check when closing the desk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Các lớp của &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Classes of &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../forms/first_run.ui" line="+6"/>
        <source>Thiết lập quầy lễ tân</source>
        <translation>Front desk set-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đây là lần đầu JPF Desk mở kho dữ liệu này. Hãy cho biết cơ sở và người đang làm việc tại quầy.</source>
        <translation>This is the first time JPF Desk opens this data store. Say which centre this is and who is working at the desk.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mã cơ sở:</source>
        <translation>Centre &amp;code:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: HN1</source>
        <translation>E.g. HN1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên cơ sở:</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: JPF Hà Nội – Cơ sở 1</source>
        <translation>E.g. JPF Hanoi – Centre 1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tên &amp;nhân viên:</source>
        <translation>Staff &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Máy thêm của một cơ sở đã dùng JPF Desk…</source>
        <translation>Extra computer for a centre already using JPF Desk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tham gia cơ sở qua văn phòng trung tâm: dữ liệu của cơ sở được tải về máy này.</source>
        <translation>Join a centre through head office: the centre&apos;s data is downloaded to this computer.</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/first_run.py" line="+28"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Người này sẽ là quản lý của cơ sở trên máy này: có mọi quyền, thêm các nhân viên khác và chọn mật khẩu đầu tiên cho họ.</source>
        <translation>This person will be the centre&apos;s manager on this computer: they have every right, add the other staff members and choose their first passwords.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Trường này không được để trống.</source>
        <translation>This field cannot be left empty.</translation>
    </message>
</context>
<context>
    <name>GuardianFormDialog</name>
    <message>
        <location filename="../forms/guardian_form.ui" line="+6"/>
        <source>Người giám hộ</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Chọn khách hàng có sẵn…</source>
        <translation>&amp;Choose an existing customer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bỏ liên kết</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Quan hệ:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Số giấy tờ:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/guardian_dialog.py" line="+52"/>
        <source>Liên kết với khách hàng: %s</source>
        <translation>Linked to customer: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liên kết với một khách hàng đã có</source>
        <translation>Link to an existing customer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/dialog.py" line="+61"/>
        <source>Nhập khách hàng từ bảng tính</source>
        <translation>Import customers from a spreadsheet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn tệp .xlsx hoặc .csv…</source>
        <translation>Choose an .xlsx or .csv file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn &amp;tệp…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tải tệp &amp;mẫu…</source>
        <translation>Get the &amp;template file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm tra cột của từng trường (hàng đầu) trên các dòng đầu tiên của tệp.</source>
        <translation>Check each field&apos;s column (top row) against the first rows of the file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kiểm tra (chưa ghi)</source>
        <translation>&amp;Check (nothing saved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu các dòng bị &amp;từ chối…</source>
        <translation>Save the &amp;rejected rows…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn bảng tính</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— bỏ qua —</source>
        <translation>— skip —</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n dòng dữ liệu.</source>
        <translation>
            <numerusform>%n data row.</numerusform>
            <numerusform>%n data rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 dòng: %2 hợp lệ, %3 bị từ chối (%4 số di động 11 số cũ đã được chuyển sang đầu số mới).</source>
        <translation>%1 rows: %2 valid, %3 rejected (%4 old 11-digit mobile numbers moved to the new prefix).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… (lưu các dòng bị từ chối để xem tất cả)</source>
        <translation>… (save the rejected rows to see them all)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã nhập %n khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến (danh sách &quot;Cần xin đồng ý&quot;).</source>
        <translation>
            <numerusform>Imported %n customer. They have no consent yet: ask when they come in (the &quot;Ask for consent&quot; list).</numerusform>
            <numerusform>Imported %n customers. They have no consent yet: ask when they come in (the &quot;Ask for consent&quot; list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã ghi danh %n chỗ vào lớp (chờ xác nhận).</source>
        <translation>
            <numerusform>Enrolled %n place in the class (to be confirmed).</numerusform>
            <numerusform>Enrolled %n places in the class (to be confirmed).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì: sửa các dòng bị từ chối, hoặc chọn chỉ nhập các dòng hợp lệ.</source>
        <translation>Nothing was saved: fix the rejected rows, or choose to import only the valid rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã hủy: không có gì được ghi.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu các dòng bị từ chối</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu tệp mẫu</source>
        <translation>Save the template file</translation>
    </message>
</context>
<context>
    <name>JoinCentreDialog</name>
    <message>
        <location filename="../jpf_desk/ui/join_dialog.py" line="+31"/>
        <source>Máy thêm của một cơ sở đã có</source>
        <translation>Extra computer for an existing centre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy này sẽ dùng chung dữ liệu với các máy khác của cơ sở qua văn phòng trung tâm. Nhập tài khoản của cơ sở do văn phòng trung tâm cung cấp; toàn bộ dữ liệu của cơ sở sẽ được tải về.</source>
        <translation>This computer will share data with the centre&apos;s other computers through head office. Enter the centre&apos;s account given by head office; all of the centre&apos;s data will be downloaded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ tên người làm việc tại máy này:</source>
        <translation>Full name of the person working at this computer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tham gia</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang tải dữ liệu của cơ sở…</source>
        <translation>Downloading the centre&apos;s data…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../jpf_desk/ui/main_window.py" line="+216"/>
        <source>Cơ sở: %s</source>
        <translation>Centre: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên: %s</source>
        <translation>Staff member: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu: %s</source>
        <translation>Data store: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quầy</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi &amp;nhân viên tại quầy…</source>
        <translation>Change the desk &amp;staff member…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi &amp;mật khẩu của tôi…</source>
        <translation>Change &amp;my password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin liên hệ in trên &amp;phiếu đồng ý…</source>
        <translation>Contact details on the consent &amp;receipt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Việc cần làm về &amp;dữ liệu cá nhân…</source>
        <translation>Personal &amp;data to-do…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thư mục &amp;sao lưu hằng ngày…</source>
        <translation>Daily &amp;backup folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cài đặt của quầy…</source>
        <translation>Desk &amp;settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nhập khách hàng từ bảng tính…</source>
        <translation>&amp;Import customers from a spreadsheet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách cần xin &amp;đồng ý…</source>
        <translation>Customers to ask for &amp;consent…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng mới</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/new_dossier.py" line="+36"/>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tháng 9</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng 2</source>
        <translation>February</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Choose a customer.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/new_request.py" line="+49"/>
        <source>Lưu yêu cầu</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– Chọn cách đã xác minh –</source>
        <translation>– Choose how identity was checked –</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện tại</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
</context>
<context>
    <name>PartnerConsentDialog</name>
    <message>
        <location filename="../forms/dossier_partner_consent.ui" line="+6"/>
        <source>Đồng ý chia sẻ dữ liệu với đối tác</source>
        <translation>Consent to share data with a partner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Khách hàng đã đọc nội dung trên và &amp;đồng ý</source>
        <translation>The customer has read the text above and &amp;agrees</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khách hàng dưới 16 tuổi: hỏi lại cho lựa chọn này</source>
        <translation>Customer under 16: ask again for this choice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ có mặt:</source>
        <translation>&amp;Guardian present:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý chia sẻ này</source>
        <translation>The &amp;guardian agrees to this sharing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trẻ (từ 7 tuổi) &amp;cũng đồng ý</source>
        <translation>The child (aged 7 or more) also &amp;agrees</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cách ghi nhận:</source>
        <translation>&amp;How recorded:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partner_consent.py" line="+51"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Record and print the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;b&gt;Dữ liệu sẽ được chuyển ra nước ngoài (%1).&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;The data will be transferred abroad (%1).&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khách hàng &lt;b&gt;%1&lt;/b&gt; đồng ý để JPF gửi dữ liệu cá nhân cần thiết cho &lt;b&gt;%2&lt;/b&gt; với mục đích &lt;b&gt;%3&lt;/b&gt;, trong phạm vi đã thỏa thuận với đối tác này. Khách hàng có thể rút đồng ý bất cứ lúc nào.</source>
        <translation>Customer &lt;b&gt;%1&lt;/b&gt; agrees that JPF sends the necessary personal data to &lt;b&gt;%2&lt;/b&gt; for the purpose &lt;b&gt;%3&lt;/b&gt;, within the scope agreed with this partner. The customer may withdraw consent at any time.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chỉ ghi nhận khi khách hàng thực sự đồng ý.</source>
        <translation>Record only when the customer really agrees.</translation>
    </message>
</context>
<context>
    <name>PartnerRequestDialog</name>
    <message>
        <location filename="../forms/dossier_request.ui" line="+6"/>
        <source>Yêu cầu bổ sung dữ liệu từ đối tác</source>
        <translation>A partner&apos;s request for more data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối tác yêu cầu</source>
        <translation>Requesting partner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối &amp;tác:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Purposes:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu yêu cầu:</source>
        <translation>&amp;Data requested:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Nội dung yêu cầu:</source>
        <translation>Request &amp;details:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trả lời của JPF</source>
        <translation>JPF&apos;s answer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kết quả:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trả lời:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/request_dialog.py" line="+99"/>
        <source>Ngoài phạm vi thỏa thuận (không được gửi): %1</source>
        <translation>Outside the agreed scope (not sent): %1</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../forms/dossier_partners.ui" line="+6"/>
        <source>Đối tác</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quốc gia (mã 2 chữ):</source>
        <translation>&amp;Country (2-letter code):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Liên hệ:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang hợp tác</source>
        <translation>Active partner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác &amp;mới</source>
        <translation>&amp;New partner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu đối tác</source>
        <translation>&amp;Save partner</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phạm vi thỏa thuận cho &amp;mục đích:</source>
        <translation>Agreed scope for &amp;purpose:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lưu &amp;phạm vi</source>
        <translation>Save the &amp;scope</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partners_dialog.py" line="+52"/>
        <source>Thông tin: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giấy tờ: %1</source>
        <translation>Document: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Đã lưu phạm vi cho «%1».</source>
        <translation>Scope saved for “%1”.</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../forms/payments.ui" line="+6"/>
        <source>Thanh toán</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thu tiền</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Số tiền (₫):</source>
        <translation>&amp;Amount (₫):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 1.500.000</source>
        <translation>E.g. 1.500.000</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Tham chiếu:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số giao dịch, số biên lai…</source>
        <translation>Transaction no., receipt no.…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/payments_dialog.py" line="+60"/>
        <source>In biên lai</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In lại biên lai của lần thu đang chọn (in lần sau ghi BẢN SAO)</source>
        <translation>Print the chosen payment&apos;s receipt again (later prints say COPY)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lần</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham chiếu</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số biên lai</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Học phí: %s – Đã trả: %s – Còn nợ: %s</source>
        <translation>Tuition fee: %s – Paid: %s – Balance due: %s</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/preview.py" line="+154"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang in</source>
        <translation>Printing</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lưu thành PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/reason_dialog.py" line="+44"/>
        <source>Cần ghi lý do bằng văn bản.</source>
        <translation>The reason must be given in writing.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolments</name>
    <message>
        <location filename="../forms/enrolments_recent.ui" line="+11"/>
        <source>&lt;b&gt;Đăng ký gần đây của cơ sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;The centre&apos;s recent enrolments&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tìm một khách hàng ở trên để đăng ký lớp, xác nhận hoặc thu học phí.</source>
        <translation>Find a customer above to enrol them in a class, confirm, or take the tuition fee.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolmentsModel</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent_model.py" line="+20"/>
        <source>Ngày đăng ký</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học viên</source>
        <translation>Student</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Tuition fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn nợ</source>
        <translation>Balance due</translation>
    </message>
</context>
<context>
    <name>RequestCalendarDialog</name>
    <message>
        <location filename="../forms/request_calendar.ui" line="+5"/>
        <source>Lịch nghỉ lễ và thời hạn xử lý yêu cầu</source>
        <translation>Public holidays and request deadlines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>color: #6b4a00;</source>
        <translation>color: #6b4a00;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N&amp;gày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Given name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã &amp;xác nhận (theo quyết định chính thức)</source>
        <translation>&amp;Confirmed (by official decision)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lưu ngày này</source>
        <translation>&amp;Save this date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận ngày đã chọn</source>
        <translation>&amp;Confirm the chosen date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xo&amp;á ngày đã chọn</source>
        <translation>&amp;Delete the chosen date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thời hạn theo loại yêu cầu</source>
        <translation>Deadlines by request type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xác nhận yêu cầu luôn trong 2 ngày làm việc. Thời hạn trả lời mặc định tính theo ngày lịch (cách hiểu chặt hơn) cho đến khi được xác nhận; yêu cầu đang mở giữ hạn đã tính.</source>
        <translation>A request is always acknowledged within 2 working days. The answer deadline counts calendar days by default (the stricter reading) until confirmed; open requests keep the deadline already counted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;thời hạn</source>
        <translation>Save the &amp;period</translation>
    </message>
</context>
<context>
    <name>RequestCountLabel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/status.py" line="+35"/>
        <source>Yêu cầu dữ liệu: %d đang mở</source>
        <translation>Data requests: %d open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d quá hạn</source>
        <translation>, %d overdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d sắp đến hạn</source>
        <translation>, %d due soon</translation>
    </message>
</context>
<context>
    <name>RequestDecideDialog</name>
    <message>
        <location filename="../forms/request_decide.ui" line="+5"/>
        <source>Duyệt yêu cầu sửa đổi thông tin</source>
        <translation>Approve a correction request</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lý do (bắt buộc khi từ chối):</source>
        <translation>&amp;Reason (required when refusing):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duyệt và cập nhật</source>
        <translation>&amp;Approve and update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>RequestNewDialog</name>
    <message>
        <location filename="../forms/request_new.ui" line="+5"/>
        <source>Tiếp nhận yêu cầu về dữ liệu cá nhân</source>
        <translation>Receive a personal data request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách hàng:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Choose a customer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loại yêu cầu:</source>
        <translation>Request &amp;type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày nhận:</source>
        <translation>Date &amp;received:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Người yêu cầu:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Xác minh danh tính:</source>
        <translation>&amp;Identity check:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú &amp;xác minh:</source>
        <translation>&amp;Verification note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mục đích liên quan (rút lại đồng ý, hạn chế, phản đối):</source>
        <translation>Purposes &amp;concerned (consent withdrawal, restriction, objection):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thông tin cần &amp;sửa (chỉ điền ô cần thay đổi):</source>
        <translation>Details to &amp;correct (fill in only what changes):</translation>
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
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bắt đầu</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thực hiện…</source>
        <translation>&amp;Carry out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gia hạn…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối…</source>
        <translation>&amp;Refuse…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;In phiếu…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ &amp;hạn chế…</source>
        <translation>Lift the &amp;restriction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo đối tá&amp;c…</source>
        <translation>Partners &amp;told…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lịch nghỉ lễ…</source>
        <translation>Public &amp;holidays…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ đang &amp;mở</source>
        <translation>Only &amp;open ones</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/queue_model.py" line="+25"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại yêu cầu</source>
        <translation>Request type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn tiếp theo</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xác nhận: %1</source>
        <translation>Acknowledge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hạn xác nhận: %1 · Hạn trả lời: %2</source>
        <translation>Acknowledge by: %1 · Answer by: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tình trạng hạn</source>
        <translation>Deadline state</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>How the deadline is counted</translation>
    </message>
</context>
<context>
    <name>RequestReasonDialog</name>
    <message>
        <location filename="../forms/request_reason.ui" line="+9"/>
        <source>Số &amp;ngày:</source>
        <translation>&amp;Days:</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../jpf_desk/ui/requests/view.py" line="+74"/>
        <source>Chỉ quản lý mới được bỏ hạn chế xử lý.</source>
        <translation>Only a manager can lift a processing restriction.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Gia hạn yêu cầu %s</source>
        <translation>Extend request %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ được gia hạn một lần. Lý do sẽ được gửi cho khách hàng bằng văn bản.</source>
        <translation>The deadline can be extended only once. The reason will be sent to the customer in writing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã báo đối tác</source>
        <translation>Partners told</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo cho: %s. Ghi cách báo (email, ngày, người nhận):</source>
        <translation>Told: %s. Note how (email, date, recipient):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Từ chối yêu cầu %s</source>
        <translation>Refuse request %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do từ chối (được gửi cho khách hàng bằng văn bản):</source>
        <translation>Reason for refusal (sent to the customer in writing):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bỏ hạn chế xử lý</source>
        <translation>Lift the processing restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ hạn chế của yêu cầu %s cho %s?
Dữ liệu sẽ lại được xử lý cho: %s.</source>
        <translation>Lift the restriction of request %s for %s?
The data will be processed again for: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ hạn chế</source>
        <translation>Lift the restriction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Xoá dữ liệu của %s</source>
        <translation>Erase the data of %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên, điện thoại, giấy tờ, địa chỉ và lịch sử thay đổi sẽ bị xoá vĩnh viễn. Chứng từ thanh toán và bằng chứng đồng ý được giữ lại theo luật. Lý do xoá:</source>
        <translation>Name, phone, documents, address and change history will be erased for good. Payment records and proof of consent are kept as the law requires. Reason for erasing:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dữ liệu cá nhân đã được xoá. Giữ lại:
%s</source>
        <translation>The personal data was erased. Kept:
%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu ý: %d bản sao lưu cũ của kho dữ liệu (thư mục backups) vẫn còn dữ liệu này.</source>
        <translation>Note: %d older backups of the data store (backups folder) still hold this data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xoá dữ liệu</source>
        <translation>Data erased</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang xoá dữ liệu…</source>
        <translation>Erasing data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu báo cáo vào thư mục</source>
        <translation>Save the report to a folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đang lập báo cáo…</source>
        <translation>Drawing up the report…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phiếu tiếp nhận %s</source>
        <translation>Acknowledgement %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang in phiếu…</source>
        <translation>Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/send_dialog.py" line="+60"/>
        <source>Tạo gói và gửi</source>
        <translation>Make the package and send it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— chọn căn cứ —</source>
        <translation>— choose a basis —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (tệp ở máy khác)</source>
        <translation> (file on another desk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (chưa có tệp)</source>
        <translation> (no file yet)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ngoài phạm vi thỏa thuận với đối tác</source>
        <translation>Outside the scope agreed with the partner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thư mục lưu gói</source>
        <translation>Package folder</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã ghi nhận đồng ý. Bấm “Tạo gói và gửi” để gửi.</source>
        <translation>Consent recorded. Click “Make the package and send it” to send it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có đối tác nào: hãy thêm đối tác trước.</source>
        <translation>No partners yet: add a partner first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang tạo gói gửi đối tác…</source>
        <translation>Making the package for the partner…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../jpf_desk/ui/settings/dialog.py" line="+59"/>
        <source>Cài đặt của quầy</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trụ sở chính</source>
        <translation>Head office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quầy</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In trên phiếu đồng ý mới (phiếu đã in giữ thông tin cũ).</source>
        <translation>Printed on new consent receipts (receipts already printed keep the old details).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Máy in mặc định của hệ thống</source>
        <translation>The system&apos;s default printer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thiết lập kết nối…</source>
        <translation>Set up the connection…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy này chưa kết nối với trụ sở chính.</source>
        <translation>This computer is not connected to head office yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chưa bao giờ</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy chủ: %1 – cơ sở dữ liệu: %2 – tài khoản: %3
Đồng bộ lần cuối: %4</source>
        <translation>Server: %1 – database: %2 – account: %3
Last sync: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông báo và nhãn đổi ngôn ngữ ngay; lần mở chương trình sau cả cửa sổ dùng ngôn ngữ này từ màn hình đăng nhập.</source>
        <translation>Messages and labels change language at once; at the next start the whole window uses this language from the sign-in screen on.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Daily backup folder</translation>
    </message>
</context>
<context>
    <name>SwitchStaffDialog</name>
    <message>
        <location filename="../forms/switch_staff.ui" line="+6"/>
        <source>Đổi nhân viên tại quầy</source>
        <translation>Change the desk staff member</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nhân viên tại quầy:</source>
        <translation>&amp;Desk staff:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm nhân viên (chỉ quản lý)</source>
        <translation>Add a staff member (managers only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Vai trò:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/staff_dialog.py" line="+48"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đặt lại mật khẩu của nhân viên đang chọn (chỉ quản lý)</source>
        <translation>Reset the chosen staff member&apos;s password (managers only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mật khẩu &amp;tạm:</source>
        <translation>&amp;Temporary password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đặt &amp;lại</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Khóa màn hình khi không dùng (chỉ quản lý)</source>
        <translation>Lock the screen when idle (managers only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tự khóa sau</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vui lòng nhập họ và tên.</source>
        <translation>Please enter the full name.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã đặt mật khẩu tạm; người này sẽ chọn mật khẩu mới khi đăng nhập.</source>
        <translation>Temporary password set; this person will choose a new password when signing in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>You need to choose a new password before working.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <location filename="../forms/sync_connect.ui" line="+6"/>
        <source>Kết nối với văn phòng trung tâm</source>
        <translation>Connect to head office</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập thông tin do văn phòng trung tâm cung cấp. Mật khẩu được giữ trong kho khóa của hệ thống, không ghi vào tệp nào.</source>
        <translation>Enter the details given by head office. The password is kept in the system keyring, never written to a file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tài khoản của cơ sở:</source>
        <translation>Centre account:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chế độ TLS:</source>
        <translation>TLS mode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ gốc (CA):</source>
        <translation>Root certificate (CA):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ của máy:</source>
        <translation>Computer&apos;s certificate:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khóa riêng của máy:</source>
        <translation>Computer&apos;s private key:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/connect_dialog.py" line="+26"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../forms/sync_view.ui" line="+6"/>
        <source>Đồng bộ với văn phòng trung tâm</source>
        <translation>Sync with head office</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Đồng bộ với văn phòng trung tâm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sync with head office&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lần đồng bộ gần nhất:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dữ liệu ở máy này:</source>
        <translation>Data on this computer:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kết nối…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Xung đột cần xử lý (cùng một hồ sơ đã được sửa ở máy này và ở nơi khác):</source>
        <translation>Conflicts to resolve (the same record was changed on this computer and elsewhere):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản ở máy này</source>
        <translation>This computer&apos;s version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản của văn phòng trung tâm</source>
        <translation>Head office version</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Giữ bản ở máy này</source>
        <translation>Keep this computer&apos;s version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giữ bản của văn phòng trung tâm</source>
        <translation>Keep the head office version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng</source>
        <translation>Received records not applied</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại dữ liệu</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã bản ghi</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/view.py" line="+110"/>
        <source>Chưa kết nối: bấm &quot;Kết nối…&quot; để nhập thông tin máy chủ.</source>
        <translation>Not connected: click &quot;Connect…&quot; to enter the server details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính.</source>
        <translation>Not connected: a manager must enter the head-office server details.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa bao giờ</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 thay đổi chưa gửi</source>
        <translation>%1 changes not sent</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng: %1 đang chờ, %2 không hợp lệ</source>
        <translation>Received records not applied: %1 waiting, %2 invalid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang chờ</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã lưu thông tin kết nối.</source>
        <translation>Connection details saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang nhận thay đổi từ văn phòng trung tâm…</source>
        <translation>Receiving changes from head office…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang gửi thay đổi của máy này…</source>
        <translation>Sending this computer&apos;s changes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã đồng bộ: gửi %1, nhận %2.</source>
        <translation>Synced: %1 sent, %2 received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có %1 xung đột cần xử lý bên dưới.</source>
        <translation>%1 conflicts to resolve below.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Văn phòng trung tâm từ chối %1 bản ghi (không thuộc cơ sở này, là dữ liệu dùng chung, hoặc quá lớn): chúng chỉ được giữ ở máy này và không gửi cho các máy khác.</source>
        <translation>Head office refused %1 records (not this centre&apos;s, shared data, or too large): they are kept on this computer only and not sent to the others.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bản ghi nhận về đang chờ, %2 bản ghi không hợp lệ được để riêng (xem danh sách bên dưới).</source>
        <translation>%1 received records waiting, %2 invalid records set aside (see the list below).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đồng bộ không thành công. Không mất dữ liệu; hãy thử lại sau.</source>
        <translation>The sync failed. No data was lost; try again later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục.</source>
        <translation>Sync stopped. What was sent is kept; next time it carries on.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(đã xóa)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái bản ghi</source>
        <translation>Record status</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã giữ bản ở máy này; bản này sẽ được gửi ở lần đồng bộ tới.</source>
        <translation>Kept this computer&apos;s version; it will be sent at the next sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lấy bản của văn phòng trung tâm.</source>
        <translation>Took the head office version.</translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <location filename="../jpf_desk/ui/tasks.py" line="+124"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/withdraw.py" line="+44"/>
        <source>Rút lại và in phiếu mới</source>
        <translation>Withdraw and print a new receipt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chia sẻ với %1 (%2)</source>
        <translation>Sharing with %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JPF sẽ không gửi dữ liệu của bạn cho %1 nữa.</source>
        <translation>JPF will no longer send your data to %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chọn một mục đích ở trên để xem điều gì sẽ thay đổi.</source>
        <translation>Choose a purpose above to see what will change.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../jpf_desk/ui/backup_status.py" line="+38"/>
        <source>Chưa chọn thư mục sao lưu</source>
        <translation>No backup folder chosen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có bản sao lưu</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu gần nhất: %s</source>
        <translation>Last backup: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Daily backup folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../jpf_desk/ui/consent/printing.py" line="+47"/>
        <source>Phiếu đồng ý %1</source>
        <translation>Consent receipt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – THIẾU thông tin liên hệ của bên kiểm soát (xem phiếu)</source>
        <translation> – data controller&apos;s contact details MISSING (see the receipt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang chuẩn bị phiếu</source>
        <translation>Preparing the receipt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang chuẩn bị mẫu giấy</source>
        <translation>Preparing the paper form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu đồng ý (bản giấy)</source>
        <translation>Consent form (paper)</translation>
    </message>
</context>
<context>
    <name>enrolments</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/labels.py" line="+17"/>
        <source>Danh sách chờ (số %d)</source>
        <translation>Waiting list (no. %d)</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent.py" line="+22"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../jpf_desk/ui/errors.py" line="+88"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã tham chiếu: %1</source>
        <translation>Reference: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <location filename="../jpf_desk/ui/gallery.py" line="+142"/>
        <source>Mẫu đồng ý</source>
        <translation>Consent form</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do gia hạn:</source>
        <translation>Reason for the extension:</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/documents.py" line="+45"/>
        <source>Đang chuẩn bị bản in</source>
        <translation>Preparing the print</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Biên lai thu tiền %1</source>
        <translation>Payment receipt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – BẢN SAO</source>
        <translation> – COPY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bảng kê thu tiền trong ngày</source>
        <translation>Day&apos;s takings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Danh sách lớp – điểm danh</source>
        <translation>Class list – attendance</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/section.py" line="+19"/>
        <source>Nhật ký truy cập</source>
        <translation>Access log</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/section.py" line="+17"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/section.py" line="+17"/>
        <source>Khách hàng</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/section.py" line="+17"/>
        <source>Hồ sơ du học</source>
        <translation>Study abroad</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/section.py" line="+17"/>
        <source>Đăng ký học</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/section.py" line="+18"/>
        <source>Yêu cầu dữ liệu</source>
        <translation>Data requests</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/section.py" line="+18"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <location filename="../jpf_desk/ui/password_fields.py" line="+33"/>
        <source>Ít nhất 8 ký tự, hoặc mã PIN ít nhất 6 chữ số.</source>
        <translation>At least 8 characters, or a PIN of at least 6 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../jpf_desk/ui/requests/details.py" line="+24"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khách hàng</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người yêu cầu</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác minh</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác nhận chậm nhất</source>
        <translation>Acknowledge by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời chậm nhất</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (có đối tác liên quan)</source>
        <translation> (partners involved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>How the deadline is counted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+41"/>
        <source>Gia hạn</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do từ chối</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin cần sửa</source>
        <translation>Details to correct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Việc cần báo đối tác</source>
        <translation>To report to partners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các bước</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+0"/>
        <source>Đã duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không duyệt</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../jpf_desk/ui/sign_in_dialog.py" line="+101"/>
        <source>Màn hình đã khóa</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Màn hình đã khóa vì không có thao tác. Hãy đăng nhập lại; công việc đang mở vẫn được giữ nguyên.</source>
        <translation>The screen was locked after a period without activity. Sign in again; open work is kept as it was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Đang mở kho dữ liệu…</source>
        <translation>Opening the data store…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Nhân viên:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>You need to choose a new password before working.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chọn mật khẩu quản lý</source>
        <translation>Choose the manager&apos;s password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Từ phiên bản này, mỗi nhân viên đăng nhập bằng mật khẩu. Chưa quản lý nào có mật khẩu trên máy này: một quản lý hãy chọn mật khẩu của mình, rồi đặt mật khẩu cho các nhân viên khác.</source>
        <translation>From this version on, every staff member signs in with a password. No manager has a password on this computer yet: a manager chooses theirs, then sets the other staff members&apos; passwords.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quản lý:</source>
        <translation>&amp;Manager:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu và đăng nhập</source>
        <translation>Save and sign in</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../jpf_desk/ui/sync/labels.py" line="+16"/>
        <source>Khách hàng</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người giám hộ</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi danh</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thanh toán</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở</source>
        <translation>Centres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hồ sơ du học</source>
        <translation>Study-abroad dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phiếu đồng ý</source>
        <translation>Consent receipts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lựa chọn đồng ý</source>
        <translation>Consent choices</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không mã hóa (không an toàn)</source>
        <translation>no encryption (not safe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa khi máy chủ đòi hỏi</source>
        <translation>encrypted when the server requires it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa nếu được</source>
        <translation>encrypted if possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>luôn mã hóa, không kiểm tra chứng chỉ</source>
        <translation>always encrypted, certificate not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ của máy chủ</source>
        <translation>encrypted, server certificate checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)</source>
        <translation>encrypted, server certificate and name checked (recommended)</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
