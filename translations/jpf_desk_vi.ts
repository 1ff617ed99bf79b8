<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/view.py" line="+49"/>
        <source>Mã khách hàng</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi việc</source>
        <translation>Mọi việc</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khách hàng:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên:</source>
        <translation>Nhân viên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Việc:</source>
        <translation>Việc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;In / lưu PDF…</source>
        <translation>&amp;In / lưu PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhân viên</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng (mã)</source>
        <translation>Khách hàng (mã)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chi tiết</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mọi nhân viên</source>
        <translation>Mọi nhân viên</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>khách hàng %s</source>
        <translation>khách hàng %s</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n sự kiện</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhật ký truy cập</source>
        <translation>Nhật ký truy cập</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/calendar_dialog.py" line="+58"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xác nhận</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>có</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHƯA</source>
        <translation>CHƯA</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loại yêu cầu</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số ngày</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khi có đối tác</source>
        <translation>Khi có đối tác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gia hạn tối đa</source>
        <translation>Gia hạn tối đa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn rơi vào ngày nghỉ</source>
        <translation>Hạn rơi vào ngày nghỉ</translation>
    </message>
</context>
<context>
    <name>ClassFormDialog</name>
    <message>
        <location filename="../forms/class_form.ui" line="+6"/>
        <source>Lớp mới</source>
        <translation>Lớp mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khóa học:</source>
        <translation>&amp;Khóa học:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Mã lớp:</source>
        <translation>&amp;Mã lớp:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-2026-12</source>
        <translation>VD: A1-2026-12</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phòng:</source>
        <translation>&amp;Phòng:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Giáo viên:</source>
        <translation>&amp;Giáo viên:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Lịch học:</source>
        <translation>&amp;Lịch học:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: T2, T4 18:00–20:00</source>
        <translation>VD: T2, T4 18:00–20:00</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;bắt đầu:</source>
        <translation>Ngày &amp;bắt đầu:</translation>
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
        <translation>Ngày &amp;kết thúc:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Sĩ số:</source>
        <translation>&amp;Sĩ số:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Học phí (₫):</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/class_dialog.py" line="+29"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hãy tạo khóa học trước.</source>
        <translation>Hãy tạo khóa học trước.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trường này không được để trống.</source>
        <translation>Trường này không được để trống.</translation>
    </message>
</context>
<context>
    <name>ClassListView</name>
    <message>
        <location filename="../forms/class_list.ui" line="+6"/>
        <source>Lớp học</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lọc:</source>
        <translation>&amp;Lọc:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mã lớp, khóa học, giáo viên</source>
        <translation>Mã lớp, khóa học, giáo viên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ lớp chưa kết thúc</source>
        <translation>Chỉ lớp chưa kết thúc</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Khóa học &amp;mới…</source>
        <translation>Khóa học &amp;mới…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lớp mới…</source>
        <translation>&amp;Lớp mới…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/list_view.py" line="+77"/>
        <location line="+30"/>
        <source>Khóa học</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Mã lớp</source>
        <translation>Mã lớp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bắt đầu</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Giáo viên</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>In danh sách lớp</source>
        <translation>In danh sách lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách học viên của lớp đang chọn, có cột điểm danh cho từng buổi</source>
        <translation>Danh sách học viên của lớp đang chọn, có cột điểm danh cho từng buổi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lớp học hôm nay (%s): %d lớp</source>
        <translation>Lớp học hôm nay (%s): %d lớp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Lịch học</source>
        <translation>Lịch học</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Phòng</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sĩ số</source>
        <translation>Sĩ số</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chỗ đã có</source>
        <translation>Chỗ đã có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danh sách chờ</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Học phí</source>
        <translation>Học phí</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;%s&lt;/b&gt; – %s: %d/%d chỗ, %d người chờ</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; – %s: %d/%d chỗ, %d người chờ</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <location filename="../jpf_desk/ui/clock_warning.py" line="+32"/>
        <source>Máy này sai giờ.</source>
        <translation>Máy này sai giờ.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../forms/consent_dialog.ui" line="+6"/>
        <source>Đồng ý xử lý dữ liệu cá nhân</source>
        <translation>Đồng ý xử lý dữ liệu cá nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đọc (hoặc đưa khách hàng đọc) chính sách dưới đây. Mỗi mục đích có một ô riêng, không ô nào được đánh dấu sẵn: ô không đánh dấu được ghi nhận là KHÔNG đồng ý.</source>
        <translation>Đọc (hoặc đưa khách hàng đọc) chính sách dưới đây. Mỗi mục đích có một ô riêng, không ô nào được đánh dấu sẵn: ô không đánh dấu được ghi nhận là KHÔNG đồng ý.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dữ liệu nhạy cảm sẽ được xử lý (đánh dấu nếu có, ví dụ cho hồ sơ du học)</source>
        <translation>Dữ liệu nhạy cảm sẽ được xử lý (đánh dấu nếu có, ví dụ cho hồ sơ du học)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng dưới 16 tuổi</source>
        <translation>Khách hàng dưới 16 tuổi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ:</source>
        <translation>&amp;Người giám hộ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý với các lựa chọn trên thay cho học viên</source>
        <translation>Người &amp;giám hộ đồng ý với các lựa chọn trên thay cho học viên</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Học viên (từ 7 tuổi) cũng &amp;tự đồng ý</source>
        <translation>Học viên (từ 7 tuổi) cũng &amp;tự đồng ý</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cách thu thập</source>
        <translation>Cách thu thập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ngày &amp;ký mẫu giấy:</source>
        <translation>Ngày &amp;ký mẫu giấy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Ngôn ngữ của phiếu:</source>
        <translation>&amp;Ngôn ngữ của phiếu:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/dialog.py" line="+66"/>
        <source>Đồng ý xử lý dữ liệu – %1</source>
        <translation>Đồng ý xử lý dữ liệu – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Ghi nhận và in phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chính sách %1 – SHA-256 %2</source>
        <translation>Chính sách %1 – SHA-256 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+21"/>
        <source> (cần để ghi danh)</source>
        <translation> (cần để ghi danh)</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source> (không bắt buộc)</source>
        <translation> (không bắt buộc)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Hiện đang đồng ý</source>
        <translation>Hiện đang đồng ý</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc; bản dịch để tham khảo.</source>
        <translation>Văn bản chính sách tiếng Việt (SHA-256 ở trên) là bản gốc; bản dịch để tham khảo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Từ chối tất cả?</source>
        <translation>Từ chối tất cả?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng từ chối tất cả các mục đích?</source>
        <translation>Khách hàng từ chối tất cả các mục đích?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa đánh dấu mục đích nào. Phiếu sẽ ghi là khách hàng từ chối mọi mục đích và không thể sửa lại.</source>
        <translation>Chưa đánh dấu mục đích nào. Phiếu sẽ ghi là khách hàng từ chối mọi mục đích và không thể sửa lại.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../forms/consent_panel.ui" line="+9"/>
        <source>Lựa chọn hiện tại</source>
        <translation>Lựa chọn hiện tại</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Các phiếu đồng ý</source>
        <translation>Các phiếu đồng ý</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Ghi nhận đồng ý…</source>
        <translation>&amp;Ghi nhận đồng ý…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rút lại…</source>
        <translation>&amp;Rút lại…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;lại phiếu…</source>
        <translation>In &amp;lại phiếu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &amp;mẫu giấy trống…</source>
        <translation>In &amp;mẫu giấy trống…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/panel.py" line="+72"/>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lựa chọn</source>
        <translation>Lựa chọn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã phiếu</source>
        <translation>Mã phiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng đã đủ 16 tuổi: sự đồng ý của người giám hộ không còn thay cho họ. Hãy hỏi chính khách hàng và ghi nhận lựa chọn của họ (chuyển giao đồng ý).</source>
        <translation>Khách hàng đã đủ 16 tuổi: sự đồng ý của người giám hộ không còn thay cho họ. Hãy hỏi chính khách hàng và ghi nhận lựa chọn của họ (chuyển giao đồng ý).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có sự đồng ý nào của khách hàng này (ví dụ: nhập từ bảng tính). Hãy hỏi khách hàng và ghi nhận lựa chọn của họ.</source>
        <translation>Chưa có sự đồng ý nào của khách hàng này (ví dụ: nhập từ bảng tính). Hãy hỏi khách hàng và ghi nhận lựa chọn của họ.</translation>
    </message>
</context>
<context>
    <name>ConsentPreviewDialog</name>
    <message>
        <location filename="../forms/consent_preview.ui" line="+6"/>
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;In…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
</context>
<context>
    <name>ConsentToCollectDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/to_collect.py" line="+27"/>
        <source>Khách hàng cần xin đồng ý</source>
        <translation>Khách hàng cần xin đồng ý</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n khách hàng chưa có sự đồng ý nào: hãy hỏi khi họ đến.</source>
        <translation>
            <numerusform>%n khách hàng chưa có sự đồng ý nào: hãy hỏi khi họ đến.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vị thành niên</source>
        <translation>Vị thành niên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Có</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>ConsentWithdrawDialog</name>
    <message>
        <location filename="../forms/consent_withdraw.ui" line="+6"/>
        <source>Rút lại sự đồng ý</source>
        <translation>Rút lại sự đồng ý</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chọn các mục đích khách hàng muốn rút lại. Việc xử lý dừng từ bây giờ; những gì đã làm trước đó vẫn được lưu. Một phiếu mới sẽ thay thế phiếu hiện tại.</source>
        <translation>Chọn các mục đích khách hàng muốn rút lại. Việc xử lý dừng từ bây giờ; những gì đã làm trước đó vẫn được lưu. Một phiếu mới sẽ thay thế phiếu hiện tại.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang đồng ý</source>
        <translation>Đang đồng ý</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Điều gì thay đổi khi rút lại</source>
        <translation>Điều gì thay đổi khi rút lại</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Hình thức yêu cầu:</source>
        <translation>&amp;Hình thức yêu cầu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Người giám hộ rút lại:</source>
        <translation>&amp;Người giám hộ rút lại:</translation>
    </message>
</context>
<context>
    <name>ControllerDetailsDialog</name>
    <message>
        <location filename="../forms/controller_details.ui" line="+6"/>
        <source>Thông tin liên hệ in trên phiếu đồng ý</source>
        <translation>Thông tin liên hệ in trên phiếu đồng ý</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông tin của cơ sở này (quản lý nhập)</source>
        <translation>Thông tin của cơ sở này (quản lý nhập)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đị&amp;a chỉ:</source>
        <translation>Đị&amp;a chỉ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Điện &amp;thoại:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư điện &amp;tử:</source>
        <translation>Thư điện &amp;tử:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Liên hệ &amp;bảo vệ dữ liệu:</source>
        <translation>Liên hệ &amp;bảo vệ dữ liệu:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/consent/controller_dialog.py" line="+46"/>
        <source>CHƯA CÓ</source>
        <translation>CHƯA CÓ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;JPF (bên kiểm soát dữ liệu)&lt;/b&gt; – do trụ sở chính thiết lập:</source>
        <translation>&lt;b&gt;JPF (bên kiểm soát dữ liệu)&lt;/b&gt; – do trụ sở chính thiết lập:</translation>
    </message>
</context>
<context>
    <name>CourseFormDialog</name>
    <message>
        <location filename="../forms/course_form.ui" line="+6"/>
        <source>Khóa học mới</source>
        <translation>Khóa học mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mã khóa học:</source>
        <translation>&amp;Mã khóa học:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: A1-G</source>
        <translation>VD: A1-G</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên khóa học:</source>
        <translation>&amp;Tên khóa học:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Tiếng Pháp A1</source>
        <translation>VD: Tiếng Pháp A1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>T&amp;rình độ:</source>
        <translation>T&amp;rình độ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Kỳ thi:</source>
        <translation>&amp;Kỳ thi:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số &amp;giờ:</source>
        <translation>Số &amp;giờ:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Học phí (₫):</source>
        <translation>&amp;Học phí (₫):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 4.500.000</source>
        <translation>VD: 4.500.000</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/course_dialog.py" line="+36"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tuổi từ</source>
        <translation>Tuổi từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuổi đến</source>
        <translation>Tuổi đến</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>không giới hạn</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trường này không được để trống.</source>
        <translation>Trường này không được để trống.</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <location filename="../forms/customer_detail.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Người giám hộ</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lớp học</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lịch sử thay đổi</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Sửa hồ sơ</source>
        <translation>&amp;Sửa hồ sơ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>Đăng &amp;ký lớp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Yêu cầu dữ liệu…</source>
        <translation>&amp;Yêu cầu dữ liệu…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/detail.py" line="+80"/>
        <source>Ai đã xem hồ sơ này…</source>
        <translation>Ai đã xem hồ sơ này…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đồng ý dữ liệu</source>
        <translation>Đồng ý dữ liệu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d tuổi</source>
        <translation>%d tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – dưới 16 tuổi</source>
        <translation> – dưới 16 tuổi</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lớp</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Học phí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hiện đầy đủ số giấy tờ</source>
        <translation>Hiện đầy đủ số giấy tờ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Ai đã xem hồ sơ này</source>
        <translation>Ai đã xem hồ sơ này</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../forms/customer_form.ui" line="+6"/>
        <source>Hồ sơ khách hàng</source>
        <translation>Hồ sơ khách hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thông tin cá nhân</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tên đệ&amp;m:</source>
        <translation>Tên đệ&amp;m:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Họ tên như đã &amp;viết:</source>
        <translation>Họ tên như đã &amp;viết:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Để trống: ghép từ họ, tên đệm, tên</source>
        <translation>Để trống: ghép từ họ, tên đệm, tên</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ngày &amp;sinh:</source>
        <translation>Ngày &amp;sinh:</translation>
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
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 0912 345 678</source>
        <translation>VD: 0912 345 678</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>&amp;Loại giấy tờ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Số giấy tờ:</source>
        <translation>Số giấy tờ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ngày hết hạn:</source>
        <translation>Ngày hết hạn:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tỉnh/thành &amp;phố:</source>
        <translation>Tỉnh/thành &amp;phố:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Xã/phường:</source>
        <translation>&amp;Xã/phường:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Số nhà, đường:</source>
        <translation>Số nhà, đường:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Địa chỉ như đã viết:</source>
        <translation>Địa chỉ như đã viết:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Như trên giấy tờ cũ (có thể ghi quận/huyện)</source>
        <translation>Như trên giấy tờ cũ (có thể ghi quận/huyện)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Người giám hộ</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.</source>
        <translation>Khách hàng dưới 16 tuổi: cần ít nhất một người giám hộ.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Thêm người &amp;giám hộ…</source>
        <translation>Thêm người &amp;giám hộ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bỏ người giám hộ</source>
        <translation>&amp;Bỏ người giám hộ</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/form.py" line="+62"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quan hệ</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sửa hồ sơ khách hàng</source>
        <translation>Sửa hồ sơ khách hàng</translation>
    </message>
    <message>
        <location line="+108"/>
        <source> (đã có hồ sơ)</source>
        <translation> (đã có hồ sơ)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Người giám hộ %d: %s</source>
        <translation>Người giám hộ %d: %s</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Đã lưu, cần kiểm tra</source>
        <translation>Đã lưu, cần kiểm tra</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../jpf_desk/ui/customers/list_model.py" line="+37"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dưới 16</source>
        <translation>Dưới 16</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khớp theo</source>
        <translation>Khớp theo</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Có</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../forms/customer_list.ui" line="+6"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Tên không dấu, số điện thoại hoặc số giấy tờ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Khách hàng &amp;mới</source>
        <translation>Khách hàng &amp;mới</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/list_view.py" line="+29"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1+ khách hàng</source>
        <translation>%1+ khách hàng</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n khách hàng</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../forms/customer_picker.ui" line="+6"/>
        <source>Chọn khách hàng</source>
        <translation>Chọn khách hàng</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Tên không dấu, số điện thoại hoặc số giấy tờ</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/picker.py" line="+23"/>
        <source>Chọn</source>
        <translation>Chọn</translation>
    </message>
</context>
<context>
    <name>DataDutiesDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/duties.py" line="+56"/>
        <source>Việc cần làm về dữ liệu cá nhân</source>
        <translation>Việc cần làm về dữ liệu cá nhân</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xoá dữ liệu khách hàng đã chọn</source>
        <translation>Xoá dữ liệu khách hàng đã chọn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sinh nhật 16 tuổi</source>
        <translation>Sinh nhật 16 tuổi</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Sự đồng ý của người giám hộ hết hiệu lực khi khách hàng đủ 16 tuổi: lần tới khách đến, hãy hỏi chính họ (tab Đồng ý dữ liệu, cách thu thập «Chuyển giao»).</source>
        <translation>Sự đồng ý của người giám hộ hết hiệu lực khi khách hàng đủ 16 tuổi: lần tới khách đến, hãy hỏi chính họ (tab Đồng ý dữ liệu, cách thu thập «Chuyển giao»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển giao đồng ý (%1)</source>
        <translation>Chuyển giao đồng ý (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hết hạn</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Việc cần làm</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xoá dữ liệu</source>
        <translation>Xoá dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã ngừng xử lý; hỏi lại khách</source>
        <translation>Đã ngừng xử lý; hỏi lại khách</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quá thời hạn lưu trữ (%1)</source>
        <translation>Quá thời hạn lưu trữ (%1)</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/decide_dialog.py" line="+36"/>
        <source>Yêu cầu %s của %s</source>
        <translation>Yêu cầu %s của %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Giá trị cũ</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác đã nhận giá trị cũ (sẽ tạo việc cần báo lại): %s</source>
        <translation>Đối tác đã nhận giá trị cũ (sẽ tạo việc cần báo lại): %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không đối tác nào đã nhận các thông tin này.</source>
        <translation>Không đối tác nào đã nhận các thông tin này.</translation>
    </message>
</context>
<context>
    <name>DocumentKindsDialog</name>
    <message>
        <location filename="../forms/dossier_kinds.ui" line="+6"/>
        <source>Mẫu danh mục giấy tờ</source>
        <translation>Mẫu danh mục giấy tờ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hồ sơ mới lấy danh mục giấy tờ từ mẫu này. Tích vào ô để đổi; hồ sơ đã mở giữ danh mục của mình.</source>
        <translation>Hồ sơ mới lấy danh mục giấy tờ từ mẫu này. Tích vào ô để đổi; hồ sơ đã mở giữ danh mục của mình.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mã (vd: medical_certificate)</source>
        <translation>Mã (vd: medical_certificate)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên giấy tờ</source>
        <translation>Tên giấy tờ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+34"/>
        <source>Bắt buộc</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+0"/>
        <source>Nhạy cảm</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="+1"/>
        <source>Có hạn</source>
        <translation>Có hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/kinds_dialog.py" line="-1"/>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/documents_tab.py" line="+84"/>
        <source>Đã nhận %1/%2 · thiếu %3 giấy tờ bắt buộc · %4 sắp hết hạn · %5 đã hết hạn</source>
        <translation>Đã nhận %1/%2 · thiếu %3 giấy tờ bắt buộc · %4 sắp hết hạn · %5 đã hết hạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Chọn tệp (bản quét hoặc PDF)</source>
        <translation>Chọn tệp (bản quét hoặc PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản quét, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Bản quét, PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>DossierBoard</name>
    <message>
        <location filename="../forms/dossier_board.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Hồ sơ du học</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Tư vấn viên:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Kỳ nhập học:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chỉ hồ sơ &amp;trễ hạn</source>
        <translation>Chỉ hồ sơ &amp;trễ hạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cả hồ sơ đã đóng/rút</source>
        <translation>Cả hồ sơ đã đóng/rút</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hồ sơ &amp;mới…</source>
        <translation>Hồ sơ &amp;mới…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mẫu &amp;giấy tờ…</source>
        <translation>Mẫu &amp;giấy tờ…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đối &amp;tác…</source>
        <translation>Đối &amp;tác…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Giai đoạn / Khách hàng</source>
        <translation>Giai đoạn / Khách hàng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tư vấn viên</source>
        <translation>Tư vấn viên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập học</source>
        <translation>Nhập học</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bậc học</source>
        <translation>Bậc học</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trễ</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/board.py" line="+60"/>
        <location line="+16"/>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 trễ</source>
        <translation>%1 trễ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 hồ sơ, %2 trễ hạn</source>
        <translation>%1 hồ sơ, %2 trễ hạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · Nộp hồ sơ đánh giá tác động chuyển dữ liệu sang %1 chậm nhất ngày %2 (còn %3 ngày)</source>
        <translation> · Nộp hồ sơ đánh giá tác động chuyển dữ liệu sang %1 chậm nhất ngày %2 (còn %3 ngày)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>thiếu %1</source>
        <translation>thiếu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đủ giấy tờ bắt buộc</source>
        <translation>đủ giấy tờ bắt buộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sắp/đã hết hạn</source>
        <translation>%1 sắp/đã hết hạn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ngày</source>
        <translation>%1 ngày</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../forms/dossier_dialog.ui" line="+6"/>
        <source>Hồ sơ du học</source>
        <translation>Hồ sơ du học</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Giai đoạn</source>
        <translation>&amp;Giai đoạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chuyển &amp;sang:</source>
        <translation>Chuyển &amp;sang:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;huyển giai đoạn</source>
        <translation>C&amp;huyển giai đoạn</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+371"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>Từ</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sang</source>
        <translation>Sang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Chương trình</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thứ tự</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+35"/>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+37"/>
        <source>Thành phố</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+39"/>
        <source>Chương trình</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+41"/>
        <source>Bậc</source>
        <translation>Bậc</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ngày nộp</source>
        <translation>Ngày nộp</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+319"/>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="+201"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Giấy &amp;tờ</source>
        <translation>Giấy &amp;tờ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bắt buộc</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhạy cảm</source>
        <translation>Nhạy cảm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã nhận</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người nhận</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã kiểm tra</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hết hạn</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã gửi cho</source>
        <translation>Đã gửi cho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đính &amp;kèm tệp…</source>
        <translation>Đính &amp;kèm tệp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mở tệp</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày &amp;hết hạn:</source>
        <translation>Ngày &amp;hết hạn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu ngày hết hạn</source>
        <translation>Lưu ngày hết hạn</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Chia sẻ dữ liệu</source>
        <translation>&amp;Chia sẻ dữ liệu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Gửi cho đối tác…</source>
        <translation>&amp;Gửi cho đối tác…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;In “Ai đã nhận dữ liệu của tôi”…</source>
        <translation>&amp;In “Ai đã nhận dữ liệu của tôi”…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>Đối tác</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dữ liệu, giấy tờ</source>
        <translation>Dữ liệu, giấy tờ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người gửi</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ra nước ngoài</source>
        <translation>Ra nước ngoài</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yêu cầu bổ sung từ đối tác:</source>
        <translation>Yêu cầu bổ sung từ đối tác:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ghi &amp;yêu cầu của đối tác…</source>
        <translation>Ghi &amp;yêu cầu của đối tác…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T&amp;rả lời yêu cầu…</source>
        <translation>T&amp;rả lời yêu cầu…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Yêu cầu</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngoài phạm vi</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trả lời</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/dossier_dialog.py" line="-82"/>
        <source> · &lt;b style=&apos;color:#b00020&apos;&gt;trễ %1 ngày&lt;/b&gt;</source>
        <translation> · &lt;b style=&apos;color:#b00020&apos;&gt;trễ %1 ngày&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · nhập học %2 · %3%4&lt;br&gt;Tư vấn viên: %5 · Giai đoạn: &lt;b&gt;%6&lt;/b&gt; (từ %7)%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · nhập học %2 · %3%4&lt;br&gt;Tư vấn viên: %5 · Giai đoạn: &lt;b&gt;%6&lt;/b&gt; (từ %7)%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hồ sơ du học – %1</source>
        <translation>Hồ sơ du học – %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Còn thiếu giấy tờ</source>
        <translation>Còn thiếu giấy tờ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Còn %n giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?</source>
        <translation>
            <numerusform>Còn %n giấy tờ bắt buộc chưa có. Vẫn chuyển giai đoạn?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Trả lời của trường:</source>
        <translation>Trả lời của trường:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Lưu báo cáo</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang tạo báo cáo…</source>
        <translation>Đang tạo báo cáo…</translation>
    </message>
</context>
<context>
    <name>DossierNewDialog</name>
    <message>
        <location filename="../forms/dossier_new.ui" line="+6"/>
        <source>Hồ sơ du học mới</source>
        <translation>Hồ sơ du học mới</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khách hàng:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Chọn khách hàng…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Tư vấn viên:</source>
        <translation>&amp;Tư vấn viên:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kỳ nhập học:</source>
        <translation>&amp;Kỳ nhập học:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Bậc học mong muốn:</source>
        <translation>&amp;Bậc học mong muốn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: Cử nhân, Thạc sĩ</source>
        <translation>VD: Cử nhân, Thạc sĩ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ngân sách (VND):</source>
        <translation>&amp;Ngân sách (VND):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 600.000.000</source>
        <translation>VD: 600.000.000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
</context>
<context>
    <name>DossierSendDialog</name>
    <message>
        <location filename="../forms/dossier_send.ui" line="+6"/>
        <source>Gửi cho đối tác</source>
        <translation>Gửi cho đối tác</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đối &amp;tác:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu gửi:</source>
        <translation>&amp;Dữ liệu gửi:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Căn cứ chuyển ra nước ngoài:</source>
        <translation>&amp;Căn cứ chuyển ra nước ngoài:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thư mục &amp;lưu gói:</source>
        <translation>Thư mục &amp;lưu gói:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ghi &amp;chú:</source>
        <translation>Ghi &amp;chú:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ghi nhận đồng ý &amp;chia sẻ của khách hàng…</source>
        <translation>Ghi nhận đồng ý &amp;chia sẻ của khách hàng…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../forms/duplicates.ui" line="+6"/>
        <source>Có thể trùng hồ sơ</source>
        <translation>Có thể trùng hồ sơ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Có thể người này đã có hồ sơ. Hãy kiểm tra trước khi lưu một hồ sơ mới.</source>
        <translation>Có thể người này đã có hồ sơ. Hãy kiểm tra trước khi lưu một hồ sơ mới.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Mở hồ sơ đã có</source>
        <translation>&amp;Mở hồ sơ đã có</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Vẫn lưu hồ sơ mới</source>
        <translation>&amp;Vẫn lưu hồ sơ mới</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/duplicates_dialog.py" line="+23"/>
        <source>Trùng số giấy tờ</source>
        <translation>Trùng số giấy tờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cùng số điện thoại, tên gần giống</source>
        <translation>Cùng số điện thoại, tên gần giống</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy tờ</source>
        <translation>Giấy tờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../forms/enrol_form.ui" line="+6"/>
        <source>Đăng ký lớp</source>
        <translation>Đăng ký lớp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Khách hàng:</source>
        <translation>&amp;Khách hàng:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Chọn…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Lớp:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Kết quả kiểm tra đầu vào:</source>
        <translation>&amp;Kết quả kiểm tra đầu vào:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không bắt buộc, VD: A2</source>
        <translation>Không bắt buộc, VD: A2</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/enrol_dialog.py" line="+40"/>
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiện cả lớp đã đủ chỗ (vào danh sách chờ)</source>
        <translation>Hiện cả lớp đã đủ chỗ (vào danh sách chờ)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%d tuổi</source>
        <translation>%d tuổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trình độ %s</source>
        <translation>trình độ %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ hiện lớp đang mở, chưa khai giảng</source>
        <translation>Chỉ hiện lớp đang mở, chưa khai giảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, còn chỗ</source>
        <translation>, còn chỗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hợp với khách hàng (%s)</source>
        <translation>, hợp với khách hàng (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d lớp khác không hợp nên không hiện.</source>
        <translation>%d lớp khác không hợp nên không hiện.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Không có lớp nào đang mở phù hợp.</source>
        <translation>Không có lớp nào đang mở phù hợp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Còn %d chỗ. Học phí %s.</source>
        <translation>Còn %d chỗ. Học phí %s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lớp đã đủ chỗ: khách hàng sẽ vào danh sách chờ (đang có %d người chờ).</source>
        <translation>Lớp đã đủ chỗ: khách hàng sẽ vào danh sách chờ (đang có %d người chờ).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Hãy chọn khách hàng.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn lớp.</source>
        <translation>Hãy chọn lớp.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%s được xếp vào danh sách chờ lớp %s, số thứ tự %d.</source>
        <translation>%s được xếp vào danh sách chờ lớp %s, số thứ tự %d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã ghi danh %s vào lớp %s (chờ xác nhận). Học phí %s.</source>
        <translation>Đã ghi danh %s vào lớp %s (chờ xác nhận). Học phí %s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danh sách chờ</source>
        <translation>Danh sách chờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.</source>
        <translation>Lớp %s đã đủ chỗ. %s được xếp vào danh sách chờ, số thứ tự %d.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <location filename="../forms/enrolment_panel.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Đăng &amp;ký lớp…</source>
        <translation>Đăng &amp;ký lớp…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xếp &amp;vào lớp</source>
        <translation>Xếp &amp;vào lớp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hoàn thành</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Hủy đăng ký</source>
        <translation>&amp;Hủy đăng ký</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Thanh toán…</source>
        <translation>&amp;Thanh toán…</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/panel.py" line="+43"/>
        <source>Chuyển từ danh sách chờ vào lớp khi có chỗ trống</source>
        <translation>Chuyển từ danh sách chờ vào lớp khi có chỗ trống</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Học viên</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lớp</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm tra đầu vào</source>
        <translation>Kiểm tra đầu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Học phí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã trả</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Còn nợ</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%s: %s.</source>
        <translation>%s: %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Một chỗ đã trống: %s được chuyển từ danh sách chờ vào lớp %s.</source>
        <translation>Một chỗ đã trống: %s được chuyển từ danh sách chờ vào lớp %s.</translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <location filename="../forms/enrolments_view.ui" line="+6"/>
        <source>Đăng ký</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tìm khách hàng:</source>
        <translation>&amp;Tìm khách hàng:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên không dấu, số điện thoại hoặc số giấy tờ</source>
        <translation>Tên không dấu, số điện thoại hoặc số giấy tờ</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/view.py" line="+44"/>
        <source>Bảng kê thu tiền hôm nay</source>
        <translation>Bảng kê thu tiền hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In các khoản đã thu hôm nay, theo nhân viên và hình thức, để đối chiếu khi đóng quầy</source>
        <translation>In các khoản đã thu hôm nay, theo nhân viên và hình thức, để đối chiếu khi đóng quầy</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Các lớp của &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Các lớp của &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../forms/first_run.ui" line="+6"/>
        <source>Thiết lập quầy lễ tân</source>
        <translation>Thiết lập quầy lễ tân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đây là lần đầu JPF Desk mở kho dữ liệu này. Hãy cho biết cơ sở và người đang làm việc tại quầy.</source>
        <translation>Đây là lần đầu JPF Desk mở kho dữ liệu này. Hãy cho biết cơ sở và người đang làm việc tại quầy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Mã cơ sở:</source>
        <translation>&amp;Mã cơ sở:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: HN1</source>
        <translation>VD: HN1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tên cơ sở:</source>
        <translation>&amp;Tên cơ sở:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: JPF Hà Nội – Cơ sở 1</source>
        <translation>VD: JPF Hà Nội – Cơ sở 1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tên &amp;nhân viên:</source>
        <translation>Tên &amp;nhân viên:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Máy thêm của một cơ sở đã dùng JPF Desk…</source>
        <translation>Máy thêm của một cơ sở đã dùng JPF Desk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tham gia cơ sở qua văn phòng trung tâm: dữ liệu của cơ sở được tải về máy này.</source>
        <translation>Tham gia cơ sở qua văn phòng trung tâm: dữ liệu của cơ sở được tải về máy này.</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/first_run.py" line="+28"/>
        <source>Bắt đầu</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Người này sẽ là quản lý của cơ sở trên máy này: có mọi quyền, thêm các nhân viên khác và chọn mật khẩu đầu tiên cho họ.</source>
        <translation>Người này sẽ là quản lý của cơ sở trên máy này: có mọi quyền, thêm các nhân viên khác và chọn mật khẩu đầu tiên cho họ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Trường này không được để trống.</source>
        <translation>Trường này không được để trống.</translation>
    </message>
</context>
<context>
    <name>GuardianFormDialog</name>
    <message>
        <location filename="../forms/guardian_form.ui" line="+6"/>
        <source>Người giám hộ</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Chọn khách hàng có sẵn…</source>
        <translation>&amp;Chọn khách hàng có sẵn…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bỏ liên kết</source>
        <translation>Bỏ liên kết</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Quan hệ:</source>
        <translation>&amp;Quan hệ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Điện t&amp;hoại:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Loại giấy tờ:</source>
        <translation>&amp;Loại giấy tờ:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Số giấy tờ:</source>
        <translation>&amp;Số giấy tờ:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/guardian_dialog.py" line="+52"/>
        <source>Liên kết với khách hàng: %s</source>
        <translation>Liên kết với khách hàng: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liên kết với một khách hàng đã có</source>
        <translation>Liên kết với một khách hàng đã có</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../jpf_desk/ui/imports/dialog.py" line="+61"/>
        <source>Nhập khách hàng từ bảng tính</source>
        <translation>Nhập khách hàng từ bảng tính</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn tệp .xlsx hoặc .csv…</source>
        <translation>Chọn tệp .xlsx hoặc .csv…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn &amp;tệp…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tải tệp &amp;mẫu…</source>
        <translation>Tải tệp &amp;mẫu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm tra cột của từng trường (hàng đầu) trên các dòng đầu tiên của tệp.</source>
        <translation>Kiểm tra cột của từng trường (hàng đầu) trên các dòng đầu tiên của tệp.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Kiểm tra (chưa ghi)</source>
        <translation>&amp;Kiểm tra (chưa ghi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nhập</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu các dòng bị &amp;từ chối…</source>
        <translation>Lưu các dòng bị &amp;từ chối…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chọn bảng tính</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>— bỏ qua —</source>
        <translation>— bỏ qua —</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n dòng dữ liệu.</source>
        <translation>
            <numerusform>%n dòng dữ liệu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang nhập…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang kiểm tra…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 dòng: %2 hợp lệ, %3 bị từ chối (%4 số di động 11 số cũ đã được chuyển sang đầu số mới).</source>
        <translation>%1 dòng: %2 hợp lệ, %3 bị từ chối (%4 số di động 11 số cũ đã được chuyển sang đầu số mới).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dòng %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… (lưu các dòng bị từ chối để xem tất cả)</source>
        <translation>… (lưu các dòng bị từ chối để xem tất cả)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã nhập %n khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến (danh sách &quot;Cần xin đồng ý&quot;).</source>
        <translation>
            <numerusform>Đã nhập %n khách hàng. Họ chưa có sự đồng ý: hãy hỏi khi họ đến (danh sách &quot;Cần xin đồng ý&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Đã ghi danh %n chỗ vào lớp (chờ xác nhận).</source>
        <translation>
            <numerusform>Đã ghi danh %n chỗ vào lớp (chờ xác nhận).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì: sửa các dòng bị từ chối, hoặc chọn chỉ nhập các dòng hợp lệ.</source>
        <translation>Chưa ghi gì: sửa các dòng bị từ chối, hoặc chọn chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa ghi gì.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã hủy: không có gì được ghi.</source>
        <translation>Đã hủy: không có gì được ghi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lưu các dòng bị từ chối</source>
        <translation>Lưu các dòng bị từ chối</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu tệp mẫu</source>
        <translation>Lưu tệp mẫu</translation>
    </message>
</context>
<context>
    <name>JoinCentreDialog</name>
    <message>
        <location filename="../jpf_desk/ui/join_dialog.py" line="+31"/>
        <source>Máy thêm của một cơ sở đã có</source>
        <translation>Máy thêm của một cơ sở đã có</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy này sẽ dùng chung dữ liệu với các máy khác của cơ sở qua văn phòng trung tâm. Nhập tài khoản của cơ sở do văn phòng trung tâm cung cấp; toàn bộ dữ liệu của cơ sở sẽ được tải về.</source>
        <translation>Máy này sẽ dùng chung dữ liệu với các máy khác của cơ sở qua văn phòng trung tâm. Nhập tài khoản của cơ sở do văn phòng trung tâm cung cấp; toàn bộ dữ liệu của cơ sở sẽ được tải về.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ tên người làm việc tại máy này:</source>
        <translation>Họ tên người làm việc tại máy này:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tham gia</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang tải dữ liệu của cơ sở…</source>
        <translation>Đang tải dữ liệu của cơ sở…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../jpf_desk/ui/main_window.py" line="+216"/>
        <source>Cơ sở: %s</source>
        <translation>Cơ sở: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên: %s</source>
        <translation>Nhân viên: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho dữ liệu: %s</source>
        <translation>Kho dữ liệu: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quầy</source>
        <translation>&amp;Quầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi &amp;nhân viên tại quầy…</source>
        <translation>Đổi &amp;nhân viên tại quầy…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đổi &amp;mật khẩu của tôi…</source>
        <translation>Đổi &amp;mật khẩu của tôi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin liên hệ in trên &amp;phiếu đồng ý…</source>
        <translation>Thông tin liên hệ in trên &amp;phiếu đồng ý…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Việc cần làm về &amp;dữ liệu cá nhân…</source>
        <translation>Việc cần làm về &amp;dữ liệu cá nhân…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thư mục &amp;sao lưu hằng ngày…</source>
        <translation>Thư mục &amp;sao lưu hằng ngày…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cài đặt của quầy…</source>
        <translation>&amp;Cài đặt của quầy…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Nhập khách hàng từ bảng tính…</source>
        <translation>&amp;Nhập khách hàng từ bảng tính…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách cần xin &amp;đồng ý…</source>
        <translation>Khách cần xin &amp;đồng ý…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm kiếm</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Khách hàng mới</source>
        <translation>Khách hàng mới</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/new_dossier.py" line="+36"/>
        <source>Mở hồ sơ</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tháng 9</source>
        <translation>Tháng 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng 2</source>
        <translation>Tháng 2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hãy chọn khách hàng.</source>
        <translation>Hãy chọn khách hàng.</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/new_request.py" line="+49"/>
        <source>Lưu yêu cầu</source>
        <translation>Lưu yêu cầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– Chọn cách đã xác minh –</source>
        <translation>– Chọn cách đã xác minh –</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiện tại</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
</context>
<context>
    <name>PartnerConsentDialog</name>
    <message>
        <location filename="../forms/dossier_partner_consent.ui" line="+6"/>
        <source>Đồng ý chia sẻ dữ liệu với đối tác</source>
        <translation>Đồng ý chia sẻ dữ liệu với đối tác</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Khách hàng đã đọc nội dung trên và &amp;đồng ý</source>
        <translation>Khách hàng đã đọc nội dung trên và &amp;đồng ý</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khách hàng dưới 16 tuổi: hỏi lại cho lựa chọn này</source>
        <translation>Khách hàng dưới 16 tuổi: hỏi lại cho lựa chọn này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Người giám hộ có mặt:</source>
        <translation>&amp;Người giám hộ có mặt:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Người &amp;giám hộ đồng ý chia sẻ này</source>
        <translation>Người &amp;giám hộ đồng ý chia sẻ này</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trẻ (từ 7 tuổi) &amp;cũng đồng ý</source>
        <translation>Trẻ (từ 7 tuổi) &amp;cũng đồng ý</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Cách ghi nhận:</source>
        <translation>&amp;Cách ghi nhận:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partner_consent.py" line="+51"/>
        <source>Ghi nhận và in phiếu</source>
        <translation>Ghi nhận và in phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;&lt;b&gt;Dữ liệu sẽ được chuyển ra nước ngoài (%1).&lt;/b&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Dữ liệu sẽ được chuyển ra nước ngoài (%1).&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khách hàng &lt;b&gt;%1&lt;/b&gt; đồng ý để JPF gửi dữ liệu cá nhân cần thiết cho &lt;b&gt;%2&lt;/b&gt; với mục đích &lt;b&gt;%3&lt;/b&gt;, trong phạm vi đã thỏa thuận với đối tác này. Khách hàng có thể rút đồng ý bất cứ lúc nào.</source>
        <translation>Khách hàng &lt;b&gt;%1&lt;/b&gt; đồng ý để JPF gửi dữ liệu cá nhân cần thiết cho &lt;b&gt;%2&lt;/b&gt; với mục đích &lt;b&gt;%3&lt;/b&gt;, trong phạm vi đã thỏa thuận với đối tác này. Khách hàng có thể rút đồng ý bất cứ lúc nào.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chỉ ghi nhận khi khách hàng thực sự đồng ý.</source>
        <translation>Chỉ ghi nhận khi khách hàng thực sự đồng ý.</translation>
    </message>
</context>
<context>
    <name>PartnerRequestDialog</name>
    <message>
        <location filename="../forms/dossier_request.ui" line="+6"/>
        <source>Yêu cầu bổ sung dữ liệu từ đối tác</source>
        <translation>Yêu cầu bổ sung dữ liệu từ đối tác</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối tác yêu cầu</source>
        <translation>Đối tác yêu cầu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối &amp;tác:</source>
        <translation>Đối &amp;tác:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mục đích:</source>
        <translation>&amp;Mục đích:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Dữ liệu yêu cầu:</source>
        <translation>&amp;Dữ liệu yêu cầu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Nội dung yêu cầu:</source>
        <translation>&amp;Nội dung yêu cầu:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Trả lời của JPF</source>
        <translation>Trả lời của JPF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kết quả:</source>
        <translation>&amp;Kết quả:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Trả lời:</source>
        <translation>&amp;Trả lời:</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/request_dialog.py" line="+99"/>
        <source>Ngoài phạm vi thỏa thuận (không được gửi): %1</source>
        <translation>Ngoài phạm vi thỏa thuận (không được gửi): %1</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../forms/dossier_partners.ui" line="+6"/>
        <source>Đối tác</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quốc gia (mã 2 chữ):</source>
        <translation>&amp;Quốc gia (mã 2 chữ):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Liên hệ:</source>
        <translation>&amp;Liên hệ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang hợp tác</source>
        <translation>Đang hợp tác</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đối tác &amp;mới</source>
        <translation>Đối tác &amp;mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lưu đối tác</source>
        <translation>&amp;Lưu đối tác</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phạm vi thỏa thuận cho &amp;mục đích:</source>
        <translation>Phạm vi thỏa thuận cho &amp;mục đích:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lưu &amp;phạm vi</source>
        <translation>Lưu &amp;phạm vi</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/partners_dialog.py" line="+52"/>
        <source>Thông tin: %1</source>
        <translation>Thông tin: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Giấy tờ: %1</source>
        <translation>Giấy tờ: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Đã lưu phạm vi cho «%1».</source>
        <translation>Đã lưu phạm vi cho «%1».</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <location filename="../forms/payments.ui" line="+6"/>
        <source>Thanh toán</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Thu tiền</source>
        <translation>Thu tiền</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Số tiền (₫):</source>
        <translation>&amp;Số tiền (₫):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VD: 1.500.000</source>
        <translation>VD: 1.500.000</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Ngày:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Tham chiếu:</source>
        <translation>&amp;Tham chiếu:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số giao dịch, số biên lai…</source>
        <translation>Số giao dịch, số biên lai…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Ghi nhận</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/payments_dialog.py" line="+60"/>
        <source>In biên lai</source>
        <translation>In biên lai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In lại biên lai của lần thu đang chọn (in lần sau ghi BẢN SAO)</source>
        <translation>In lại biên lai của lần thu đang chọn (in lần sau ghi BẢN SAO)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lần</source>
        <translation>Lần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số tiền</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham chiếu</source>
        <translation>Tham chiếu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số biên lai</source>
        <translation>Số biên lai</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Học phí: %s – Đã trả: %s – Còn nợ: %s</source>
        <translation>Học phí: %s – Đã trả: %s – Còn nợ: %s</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/preview.py" line="+154"/>
        <source>Đang in…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang in</source>
        <translation>Đang in</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lưu thành PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã lưu %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../jpf_desk/ui/requests/reason_dialog.py" line="+44"/>
        <source>Cần ghi lý do bằng văn bản.</source>
        <translation>Cần ghi lý do bằng văn bản.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolments</name>
    <message>
        <location filename="../forms/enrolments_recent.ui" line="+11"/>
        <source>&lt;b&gt;Đăng ký gần đây của cơ sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đăng ký gần đây của cơ sở&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Trạng thái:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tìm một khách hàng ở trên để đăng ký lớp, xác nhận hoặc thu học phí.</source>
        <translation>Tìm một khách hàng ở trên để đăng ký lớp, xác nhận hoặc thu học phí.</translation>
    </message>
</context>
<context>
    <name>RecentEnrolmentsModel</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent_model.py" line="+20"/>
        <source>Ngày đăng ký</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học viên</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học phí</source>
        <translation>Học phí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn nợ</source>
        <translation>Còn nợ</translation>
    </message>
</context>
<context>
    <name>RequestCalendarDialog</name>
    <message>
        <location filename="../forms/request_calendar.ui" line="+5"/>
        <source>Lịch nghỉ lễ và thời hạn xử lý yêu cầu</source>
        <translation>Lịch nghỉ lễ và thời hạn xử lý yêu cầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>color: #6b4a00;</source>
        <translation>color: #6b4a00;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>N&amp;gày:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tên:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Loại:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã &amp;xác nhận (theo quyết định chính thức)</source>
        <translation>Đã &amp;xác nhận (theo quyết định chính thức)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lưu ngày này</source>
        <translation>&amp;Lưu ngày này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận ngày đã chọn</source>
        <translation>&amp;Xác nhận ngày đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xo&amp;á ngày đã chọn</source>
        <translation>Xo&amp;á ngày đã chọn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thời hạn theo loại yêu cầu</source>
        <translation>Thời hạn theo loại yêu cầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xác nhận yêu cầu luôn trong 2 ngày làm việc. Thời hạn trả lời mặc định tính theo ngày lịch (cách hiểu chặt hơn) cho đến khi được xác nhận; yêu cầu đang mở giữ hạn đã tính.</source>
        <translation>Xác nhận yêu cầu luôn trong 2 ngày làm việc. Thời hạn trả lời mặc định tính theo ngày lịch (cách hiểu chặt hơn) cho đến khi được xác nhận; yêu cầu đang mở giữ hạn đã tính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;thời hạn</source>
        <translation>Lưu &amp;thời hạn</translation>
    </message>
</context>
<context>
    <name>RequestCountLabel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/status.py" line="+35"/>
        <source>Yêu cầu dữ liệu: %d đang mở</source>
        <translation>Yêu cầu dữ liệu: %d đang mở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d quá hạn</source>
        <translation>, %d quá hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %d sắp đến hạn</source>
        <translation>, %d sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>RequestDecideDialog</name>
    <message>
        <location filename="../forms/request_decide.ui" line="+5"/>
        <source>Duyệt yêu cầu sửa đổi thông tin</source>
        <translation>Duyệt yêu cầu sửa đổi thông tin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lý do (bắt buộc khi từ chối):</source>
        <translation>&amp;Lý do (bắt buộc khi từ chối):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duyệt và cập nhật</source>
        <translation>&amp;Duyệt và cập nhật</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối</source>
        <translation>&amp;Từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đó&amp;ng</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>RequestNewDialog</name>
    <message>
        <location filename="../forms/request_new.ui" line="+5"/>
        <source>Tiếp nhận yêu cầu về dữ liệu cá nhân</source>
        <translation>Tiếp nhận yêu cầu về dữ liệu cá nhân</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khách hàng:</source>
        <translation>Khách hàng:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chọn khách hàng…</source>
        <translation>&amp;Chọn khách hàng…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Loại yêu cầu:</source>
        <translation>&amp;Loại yêu cầu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hình thức:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ngày nhận:</source>
        <translation>&amp;Ngày nhận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Người yêu cầu:</source>
        <translation>&amp;Người yêu cầu:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Xác minh danh tính:</source>
        <translation>&amp;Xác minh danh tính:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú &amp;xác minh:</source>
        <translation>Ghi chú &amp;xác minh:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mục đích liên quan (rút lại đồng ý, hạn chế, phản đối):</source>
        <translation>&amp;Mục đích liên quan (rút lại đồng ý, hạn chế, phản đối):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thông tin cần &amp;sửa (chỉ điền ô cần thay đổi):</source>
        <translation>Thông tin cần &amp;sửa (chỉ điền ô cần thay đổi):</translation>
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
        <translation>&amp;Yêu cầu mới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xác nhận</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bắt đầu</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thực hiện…</source>
        <translation>&amp;Thực hiện…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gia hạn…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Từ chối…</source>
        <translation>&amp;Từ chối…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;In phiếu…</source>
        <translation>&amp;In phiếu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ &amp;hạn chế…</source>
        <translation>Bỏ &amp;hạn chế…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo đối tá&amp;c…</source>
        <translation>Đã báo đối tá&amp;c…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lịch nghỉ lễ…</source>
        <translation>&amp;Lịch nghỉ lễ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ đang &amp;mở</source>
        <translation>Chỉ đang &amp;mở</translation>
    </message>
</context>
<context>
    <name>RequestQueueModel</name>
    <message>
        <location filename="../jpf_desk/ui/requests/queue_model.py" line="+25"/>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại yêu cầu</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn tiếp theo</source>
        <translation>Hạn tiếp theo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xác nhận: %1</source>
        <translation>Xác nhận: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời: %1</source>
        <translation>Trả lời: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hạn xác nhận: %1 · Hạn trả lời: %2</source>
        <translation>Hạn xác nhận: %1 · Hạn trả lời: %2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Tình trạng hạn</source>
        <translation>Tình trạng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>Cách tính hạn</translation>
    </message>
</context>
<context>
    <name>RequestReasonDialog</name>
    <message>
        <location filename="../forms/request_reason.ui" line="+9"/>
        <source>Số &amp;ngày:</source>
        <translation>Số &amp;ngày:</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../jpf_desk/ui/requests/view.py" line="+74"/>
        <source>Chỉ quản lý mới được bỏ hạn chế xử lý.</source>
        <translation>Chỉ quản lý mới được bỏ hạn chế xử lý.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Gia hạn yêu cầu %s</source>
        <translation>Gia hạn yêu cầu %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ được gia hạn một lần. Lý do sẽ được gửi cho khách hàng bằng văn bản.</source>
        <translation>Chỉ được gia hạn một lần. Lý do sẽ được gửi cho khách hàng bằng văn bản.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã báo đối tác</source>
        <translation>Đã báo đối tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã báo cho: %s. Ghi cách báo (email, ngày, người nhận):</source>
        <translation>Đã báo cho: %s. Ghi cách báo (email, ngày, người nhận):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Từ chối yêu cầu %s</source>
        <translation>Từ chối yêu cầu %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do từ chối (được gửi cho khách hàng bằng văn bản):</source>
        <translation>Lý do từ chối (được gửi cho khách hàng bằng văn bản):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Bỏ hạn chế xử lý</source>
        <translation>Bỏ hạn chế xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ hạn chế của yêu cầu %s cho %s?
Dữ liệu sẽ lại được xử lý cho: %s.</source>
        <translation>Bỏ hạn chế của yêu cầu %s cho %s?
Dữ liệu sẽ lại được xử lý cho: %s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ hạn chế</source>
        <translation>Bỏ hạn chế</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Xoá dữ liệu của %s</source>
        <translation>Xoá dữ liệu của %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Họ tên, điện thoại, giấy tờ, địa chỉ và lịch sử thay đổi sẽ bị xoá vĩnh viễn. Chứng từ thanh toán và bằng chứng đồng ý được giữ lại theo luật. Lý do xoá:</source>
        <translation>Họ tên, điện thoại, giấy tờ, địa chỉ và lịch sử thay đổi sẽ bị xoá vĩnh viễn. Chứng từ thanh toán và bằng chứng đồng ý được giữ lại theo luật. Lý do xoá:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dữ liệu cá nhân đã được xoá. Giữ lại:
%s</source>
        <translation>Dữ liệu cá nhân đã được xoá. Giữ lại:
%s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu ý: %d bản sao lưu cũ của kho dữ liệu (thư mục backups) vẫn còn dữ liệu này.</source>
        <translation>Lưu ý: %d bản sao lưu cũ của kho dữ liệu (thư mục backups) vẫn còn dữ liệu này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xoá dữ liệu</source>
        <translation>Đã xoá dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang xoá dữ liệu…</source>
        <translation>Đang xoá dữ liệu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu báo cáo vào thư mục</source>
        <translation>Lưu báo cáo vào thư mục</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đang lập báo cáo…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phiếu tiếp nhận %s</source>
        <translation>Phiếu tiếp nhận %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang in phiếu…</source>
        <translation>Đang in phiếu…</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../jpf_desk/ui/dossiers/send_dialog.py" line="+60"/>
        <source>Tạo gói và gửi</source>
        <translation>Tạo gói và gửi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— chọn căn cứ —</source>
        <translation>— chọn căn cứ —</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (tệp ở máy khác)</source>
        <translation> (tệp ở máy khác)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (chưa có tệp)</source>
        <translation> (chưa có tệp)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ngoài phạm vi thỏa thuận với đối tác</source>
        <translation>Ngoài phạm vi thỏa thuận với đối tác</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thư mục lưu gói</source>
        <translation>Thư mục lưu gói</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã ghi nhận đồng ý. Bấm “Tạo gói và gửi” để gửi.</source>
        <translation>Đã ghi nhận đồng ý. Bấm “Tạo gói và gửi” để gửi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có đối tác nào: hãy thêm đối tác trước.</source>
        <translation>Chưa có đối tác nào: hãy thêm đối tác trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang tạo gói gửi đối tác…</source>
        <translation>Đang tạo gói gửi đối tác…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../jpf_desk/ui/settings/dialog.py" line="+59"/>
        <source>Cài đặt của quầy</source>
        <translation>Cài đặt của quầy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trụ sở chính</source>
        <translation>Trụ sở chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quầy</source>
        <translation>Quầy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>In trên phiếu đồng ý mới (phiếu đã in giữ thông tin cũ).</source>
        <translation>In trên phiếu đồng ý mới (phiếu đã in giữ thông tin cũ).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Máy in mặc định của hệ thống</source>
        <translation>Máy in mặc định của hệ thống</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thiết lập kết nối…</source>
        <translation>Thiết lập kết nối…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy này chưa kết nối với trụ sở chính.</source>
        <translation>Máy này chưa kết nối với trụ sở chính.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chưa bao giờ</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy chủ: %1 – cơ sở dữ liệu: %2 – tài khoản: %3
Đồng bộ lần cuối: %4</source>
        <translation>Máy chủ: %1 – cơ sở dữ liệu: %2 – tài khoản: %3
Đồng bộ lần cuối: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Thông báo và nhãn đổi ngôn ngữ ngay; lần mở chương trình sau cả cửa sổ dùng ngôn ngữ này từ màn hình đăng nhập.</source>
        <translation>Thông báo và nhãn đổi ngôn ngữ ngay; lần mở chương trình sau cả cửa sổ dùng ngôn ngữ này từ màn hình đăng nhập.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Thư mục sao lưu hằng ngày</translation>
    </message>
</context>
<context>
    <name>SwitchStaffDialog</name>
    <message>
        <location filename="../forms/switch_staff.ui" line="+6"/>
        <source>Đổi nhân viên tại quầy</source>
        <translation>Đổi nhân viên tại quầy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Nhân viên tại quầy:</source>
        <translation>&amp;Nhân viên tại quầy:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thêm nhân viên (chỉ quản lý)</source>
        <translation>Thêm nhân viên (chỉ quản lý)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Họ và tên:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Vai trò:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Thêm</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/staff_dialog.py" line="+48"/>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đặt lại mật khẩu của nhân viên đang chọn (chỉ quản lý)</source>
        <translation>Đặt lại mật khẩu của nhân viên đang chọn (chỉ quản lý)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mật khẩu &amp;tạm:</source>
        <translation>Mật khẩu &amp;tạm:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đặt &amp;lại</source>
        <translation>Đặt &amp;lại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Khóa màn hình khi không dùng (chỉ quản lý)</source>
        <translation>Khóa màn hình khi không dùng (chỉ quản lý)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tự khóa sau</source>
        <translation>Tự khóa sau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> phút</source>
        <translation> phút</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Vui lòng nhập họ và tên.</source>
        <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã đặt mật khẩu tạm; người này sẽ chọn mật khẩu mới khi đăng nhập.</source>
        <translation>Đã đặt mật khẩu tạm; người này sẽ chọn mật khẩu mới khi đăng nhập.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>Bạn cần chọn mật khẩu mới trước khi làm việc.</translation>
    </message>
</context>
<context>
    <name>SyncConnectDialog</name>
    <message>
        <location filename="../forms/sync_connect.ui" line="+6"/>
        <source>Kết nối với văn phòng trung tâm</source>
        <translation>Kết nối với văn phòng trung tâm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập thông tin do văn phòng trung tâm cung cấp. Mật khẩu được giữ trong kho khóa của hệ thống, không ghi vào tệp nào.</source>
        <translation>Nhập thông tin do văn phòng trung tâm cung cấp. Mật khẩu được giữ trong kho khóa của hệ thống, không ghi vào tệp nào.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Máy chủ:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cổng:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tài khoản của cơ sở:</source>
        <translation>Tài khoản của cơ sở:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chế độ TLS:</source>
        <translation>Chế độ TLS:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ gốc (CA):</source>
        <translation>Chứng chỉ gốc (CA):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chứng chỉ của máy:</source>
        <translation>Chứng chỉ của máy:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khóa riêng của máy:</source>
        <translation>Khóa riêng của máy:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/connect_dialog.py" line="+26"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../forms/sync_view.ui" line="+6"/>
        <source>Đồng bộ với văn phòng trung tâm</source>
        <translation>Đồng bộ với văn phòng trung tâm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Đồng bộ với văn phòng trung tâm&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đồng bộ với văn phòng trung tâm&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Máy chủ:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lần đồng bộ gần nhất:</source>
        <translation>Lần đồng bộ gần nhất:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dữ liệu ở máy này:</source>
        <translation>Dữ liệu ở máy này:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Đồng bộ ngay (F9)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dừng</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kết nối…</source>
        <translation>Kết nối…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Xung đột cần xử lý (cùng một hồ sơ đã được sửa ở máy này và ở nơi khác):</source>
        <translation>Xung đột cần xử lý (cùng một hồ sơ đã được sửa ở máy này và ở nơi khác):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản ở máy này</source>
        <translation>Bản ở máy này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản của văn phòng trung tâm</source>
        <translation>Bản của văn phòng trung tâm</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Giữ bản ở máy này</source>
        <translation>Giữ bản ở máy này</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giữ bản của văn phòng trung tâm</source>
        <translation>Giữ bản của văn phòng trung tâm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng</source>
        <translation>Bản ghi nhận về chưa áp dụng</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại dữ liệu</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã bản ghi</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/view.py" line="+110"/>
        <source>Chưa kết nối: bấm &quot;Kết nối…&quot; để nhập thông tin máy chủ.</source>
        <translation>Chưa kết nối: bấm &quot;Kết nối…&quot; để nhập thông tin máy chủ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính.</source>
        <translation>Chưa kết nối: quản lý cần nhập thông tin máy chủ trụ sở chính.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa bao giờ</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 thay đổi chưa gửi</source>
        <translation>%1 thay đổi chưa gửi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản ghi nhận về chưa áp dụng: %1 đang chờ, %2 không hợp lệ</source>
        <translation>Bản ghi nhận về chưa áp dụng: %1 đang chờ, %2 không hợp lệ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không hợp lệ</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang chờ</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã lưu thông tin kết nối.</source>
        <translation>Đã lưu thông tin kết nối.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang nhận thay đổi từ văn phòng trung tâm…</source>
        <translation>Đang nhận thay đổi từ văn phòng trung tâm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang gửi thay đổi của máy này…</source>
        <translation>Đang gửi thay đổi của máy này…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang đồng bộ…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang dừng…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã đồng bộ: gửi %1, nhận %2.</source>
        <translation>Đã đồng bộ: gửi %1, nhận %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có %1 xung đột cần xử lý bên dưới.</source>
        <translation>Có %1 xung đột cần xử lý bên dưới.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Văn phòng trung tâm từ chối %1 bản ghi (không thuộc cơ sở này, là dữ liệu dùng chung, hoặc quá lớn): chúng chỉ được giữ ở máy này và không gửi cho các máy khác.</source>
        <translation>Văn phòng trung tâm từ chối %1 bản ghi (không thuộc cơ sở này, là dữ liệu dùng chung, hoặc quá lớn): chúng chỉ được giữ ở máy này và không gửi cho các máy khác.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bản ghi nhận về đang chờ, %2 bản ghi không hợp lệ được để riêng (xem danh sách bên dưới).</source>
        <translation>%1 bản ghi nhận về đang chờ, %2 bản ghi không hợp lệ được để riêng (xem danh sách bên dưới).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đồng bộ không thành công. Không mất dữ liệu; hãy thử lại sau.</source>
        <translation>Đồng bộ không thành công. Không mất dữ liệu; hãy thử lại sau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục.</source>
        <translation>Đã dừng đồng bộ. Phần đã gửi được giữ; lần sau sẽ tiếp tục.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(đã xóa)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái bản ghi</source>
        <translation>Trạng thái bản ghi</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã giữ bản ở máy này; bản này sẽ được gửi ở lần đồng bộ tới.</source>
        <translation>Đã giữ bản ở máy này; bản này sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lấy bản của văn phòng trung tâm.</source>
        <translation>Đã lấy bản của văn phòng trung tâm.</translation>
    </message>
</context>
<context>
    <name>TaskHandle</name>
    <message>
        <location filename="../jpf_desk/ui/tasks.py" line="+124"/>
        <source>Đang hủy…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../jpf_desk/ui/consent/withdraw.py" line="+44"/>
        <source>Rút lại và in phiếu mới</source>
        <translation>Rút lại và in phiếu mới</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chia sẻ với %1 (%2)</source>
        <translation>Chia sẻ với %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JPF sẽ không gửi dữ liệu của bạn cho %1 nữa.</source>
        <translation>JPF sẽ không gửi dữ liệu của bạn cho %1 nữa.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Chọn một mục đích ở trên để xem điều gì sẽ thay đổi.</source>
        <translation>Chọn một mục đích ở trên để xem điều gì sẽ thay đổi.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../jpf_desk/ui/backup_status.py" line="+38"/>
        <source>Chưa chọn thư mục sao lưu</source>
        <translation>Chưa chọn thư mục sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có bản sao lưu</source>
        <translation>Chưa có bản sao lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu gần nhất: %s</source>
        <translation>Sao lưu gần nhất: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư mục sao lưu hằng ngày</source>
        <translation>Thư mục sao lưu hằng ngày</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../jpf_desk/ui/consent/printing.py" line="+47"/>
        <source>Phiếu đồng ý %1</source>
        <translation>Phiếu đồng ý %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> – THIẾU thông tin liên hệ của bên kiểm soát (xem phiếu)</source>
        <translation> – THIẾU thông tin liên hệ của bên kiểm soát (xem phiếu)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang chuẩn bị phiếu</source>
        <translation>Đang chuẩn bị phiếu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang chuẩn bị mẫu giấy</source>
        <translation>Đang chuẩn bị mẫu giấy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu đồng ý (bản giấy)</source>
        <translation>Mẫu đồng ý (bản giấy)</translation>
    </message>
</context>
<context>
    <name>enrolments</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/labels.py" line="+17"/>
        <source>Danh sách chờ (số %d)</source>
        <translation>Danh sách chờ (số %d)</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/recent.py" line="+22"/>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../jpf_desk/ui/errors.py" line="+88"/>
        <source>Lỗi không mong muốn</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã tham chiếu: %1</source>
        <translation>Mã tham chiếu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao chép chi tiết</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
</context>
<context>
    <name>gallery</name>
    <message>
        <location filename="../jpf_desk/ui/gallery.py" line="+142"/>
        <source>Mẫu đồng ý</source>
        <translation>Mẫu đồng ý</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gia hạn</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do gia hạn:</source>
        <translation>Lý do gia hạn:</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <location filename="../jpf_desk/ui/enrolments/documents.py" line="+45"/>
        <source>Đang chuẩn bị bản in</source>
        <translation>Đang chuẩn bị bản in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Biên lai thu tiền %1</source>
        <translation>Biên lai thu tiền %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> – BẢN SAO</source>
        <translation> – BẢN SAO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bảng kê thu tiền trong ngày</source>
        <translation>Bảng kê thu tiền trong ngày</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Danh sách lớp – điểm danh</source>
        <translation>Danh sách lớp – điểm danh</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <location filename="../jpf_desk/ui/access_log/section.py" line="+19"/>
        <source>Nhật ký truy cập</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/classes/section.py" line="+17"/>
        <source>Lớp học</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/customers/section.py" line="+17"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/dossiers/section.py" line="+17"/>
        <source>Hồ sơ du học</source>
        <translation>Hồ sơ du học</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/enrolments/section.py" line="+17"/>
        <source>Đăng ký học</source>
        <translation>Đăng ký học</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/section.py" line="+18"/>
        <source>Yêu cầu dữ liệu</source>
        <translation>Yêu cầu dữ liệu</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/sync/section.py" line="+18"/>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>password</name>
    <message>
        <location filename="../jpf_desk/ui/password_fields.py" line="+33"/>
        <source>Ít nhất 8 ký tự, hoặc mã PIN ít nhất 6 chữ số.</source>
        <translation>Ít nhất 8 ký tự, hoặc mã PIN ít nhất 6 chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nhập lại mật khẩu:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
</context>
<context>
    <name>requests</name>
    <message>
        <location filename="../jpf_desk/ui/requests/details.py" line="+24"/>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nhận</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người yêu cầu</source>
        <translation>Người yêu cầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác minh</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xác nhận chậm nhất</source>
        <translation>Xác nhận chậm nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trả lời chậm nhất</source>
        <translation>Trả lời chậm nhất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (có đối tác liên quan)</source>
        <translation> (có đối tác liên quan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cách tính hạn</source>
        <translation>Cách tính hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục đích</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+41"/>
        <source>Gia hạn</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do từ chối</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thông tin cần sửa</source>
        <translation>Thông tin cần sửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Việc cần báo đối tác</source>
        <translation>Việc cần báo đối tác</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các bước</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <location filename="../jpf_desk/ui/requests/labels.py" line="+0"/>
        <source>Đã duyệt</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không duyệt</source>
        <translation>Không duyệt</translation>
    </message>
</context>
<context>
    <name>sign_in</name>
    <message>
        <location filename="../jpf_desk/ui/sign_in_dialog.py" line="+101"/>
        <source>Màn hình đã khóa</source>
        <translation>Màn hình đã khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Màn hình đã khóa vì không có thao tác. Hãy đăng nhập lại; công việc đang mở vẫn được giữ nguyên.</source>
        <translation>Màn hình đã khóa vì không có thao tác. Hãy đăng nhập lại; công việc đang mở vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Đang mở kho dữ liệu…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Nhân viên:</source>
        <translation>&amp;Nhân viên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mật khẩu:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bạn cần chọn mật khẩu mới trước khi làm việc.</source>
        <translation>Bạn cần chọn mật khẩu mới trước khi làm việc.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mật khẩu &amp;hiện tại:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mật khẩu &amp;mới:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chọn mật khẩu quản lý</source>
        <translation>Chọn mật khẩu quản lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Từ phiên bản này, mỗi nhân viên đăng nhập bằng mật khẩu. Chưa quản lý nào có mật khẩu trên máy này: một quản lý hãy chọn mật khẩu của mình, rồi đặt mật khẩu cho các nhân viên khác.</source>
        <translation>Từ phiên bản này, mỗi nhân viên đăng nhập bằng mật khẩu. Chưa quản lý nào có mật khẩu trên máy này: một quản lý hãy chọn mật khẩu của mình, rồi đặt mật khẩu cho các nhân viên khác.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quản lý:</source>
        <translation>&amp;Quản lý:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lưu và đăng nhập</source>
        <translation>Lưu và đăng nhập</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../jpf_desk/ui/sync/labels.py" line="+16"/>
        <source>Khách hàng</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người giám hộ</source>
        <translation>Người giám hộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi danh</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thanh toán</source>
        <translation>Thanh toán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp học</source>
        <translation>Lớp học</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhân viên</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hồ sơ du học</source>
        <translation>Hồ sơ du học</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nghỉ lễ</source>
        <translation>Ngày nghỉ lễ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phiếu đồng ý</source>
        <translation>Phiếu đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lựa chọn đồng ý</source>
        <translation>Lựa chọn đồng ý</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lịch sử thay đổi</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không mã hóa (không an toàn)</source>
        <translation>không mã hóa (không an toàn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa khi máy chủ đòi hỏi</source>
        <translation>mã hóa khi máy chủ đòi hỏi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa nếu được</source>
        <translation>mã hóa nếu được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>luôn mã hóa, không kiểm tra chứng chỉ</source>
        <translation>luôn mã hóa, không kiểm tra chứng chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ của máy chủ</source>
        <translation>mã hóa, kiểm tra chứng chỉ của máy chủ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)</source>
        <translation>mã hóa, kiểm tra chứng chỉ và tên máy chủ (nên dùng)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../jpf_desk/ui/widgets.py" line="+29"/>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
</TS>
