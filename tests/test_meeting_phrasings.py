"""Article openings in the styles of provincial and sector portals (own examples, invented units and
places): headline, blank line, the page's date line if any, then the lead. Each checks the meeting's
date, time of day, venue, kind, period, the cluster's name, number and kind, the title and published."""
import pytest

from tdkt_extract import extract

C = []
def c(head, meta, lead, **exp):
    C.append((head, meta, lead, exp))

c("Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024", None,
  "Ngày 15/7, tại Hội trường UBND huyện Tân Hòa, Cụm thi đua số 3 tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2024.",
  title="Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024", date="2024-07-15", tod=None, venue="Hội trường UBND huyện Tân Hòa", kind="so_ket", period=(2024, "h1"), name="Cụm thi đua số 3", number=3, ckind="cum")
c("Khối thi đua các cơ quan Đảng tổng kết năm 2024", None,
  "Sáng 15-12-2024, tại trụ sở Ban Tuyên giáo Tỉnh ủy, Khối thi đua các cơ quan Đảng tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
  date="2024-12-15", tod="sang", venue="trụ sở Ban Tuyên giáo Tỉnh ủy", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các cơ quan Đảng", number=None, ckind="khoi")
c("Cụm thi đua các tỉnh Tây Nguyên tổng kết công tác thi đua năm 2024", None,
  "Chiều ngày 15 tháng 12 năm 2024, tại thành phố Hòa Bình, tỉnh Đắk Lắk, Cụm thi đua các tỉnh Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
  date="2024-12-15", tod="chieu", venue="thành phố Hòa Bình, tỉnh Đắk Lắk", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua các tỉnh Tây Nguyên", number=None, ckind="cum")
c("Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2025", "Thứ hai, 16/12/2024 - 08:30",
  "Sáng nay (15/12), tại trụ sở Sở Văn hóa, Thể thao và Du lịch, Khối thi đua Văn hóa - Xã hội tổ chức lễ ký kết giao ước thi đua năm 2025.",
  date="2024-12-15", tod="sang", venue="trụ sở Sở Văn hóa, Thể thao và Du lịch", kind="giao_uoc", period=(2025, "year"), name="Khối thi đua Văn hóa - Xã hội", ckind="khoi", published="2024-12-16")
c("Cụm thi đua II triển khai nhiệm vụ năm 2025", "16/12/2024 08:30:00",
  "Vừa qua, Cụm thi đua II tổ chức Hội nghị tổng kết công tác thi đua năm 2024 và triển khai nhiệm vụ năm 2025.",
  title="Cụm thi đua II triển khai nhiệm vụ năm 2025", date=None, tod=None, venue=None, kind="tong_ket", period=(2024, "year"), name="Cụm thi đua II", number=2, ckind="cum", published="2024-12-16")
c("Khối 5 sơ kết 9 tháng năm 2024", "Cập nhật: 16-10-2024",
  "Mới đây, Khối 5 tổ chức hội nghị sơ kết công tác thi đua 9 tháng đầu năm 2024 theo hình thức trực tuyến.",
  date=None, venue=None, kind="so_ket", period=(2024, "9m"), name="Khối 5", number=5, ckind="khoi", published="2024-10-16")
c("CTĐ số 4 giao ban quý III năm 2024", "Ngày đăng: 16/10/2024",
  "(Baoxyz.vn) - Chiều 15/10, tại Sở Tài chính, Cụm thi đua số 4 (CTĐ số 4) tổ chức hội nghị giao ban quý III năm 2024.",
  date="2024-10-15", tod="chieu", venue="Sở Tài chính", kind="so_ket", period=(2024, "q3"), name="Cụm thi đua số 4", number=4, ckind="cum", published="2024-10-16")
c("KTĐ các doanh nghiệp tỉnh tổng kết 5 năm giai đoạn 2020-2025", None,
  "Ngày 20/11/2025, tại khách sạn Sông Hương, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết 5 năm giai đoạn 2020-2025.",
  date="2025-11-20", venue="khách sạn Sông Hương", kind="tong_ket", period=(2025, "term"), name="Khối thi đua các doanh nghiệp", ckind="khoi")
c("Cụm thi đua số 7 ký kết giao ước thi đua", None,
  "Sáng 5/3/2024, tại trụ sở UBND huyện Đông Lâm, các đơn vị thuộc Cụm thi đua số 7 đã ký kết giao ước thi đua năm 2024.",
  date="2024-03-05", tod="sang", venue="trụ sở UBND huyện Đông Lâm", kind="giao_uoc", period=(2024, "year"), name="Cụm thi đua số 7", number=7, ckind="cum")
c("Cụm thi đua số 12: Hội nghị triển khai nhiệm vụ năm 2025", None,
  "Ngày 20/2, tại Hội trường Công an huyện Yên Khê, Cụm thi đua số 12 tổ chức hội nghị triển khai nhiệm vụ năm 2025 và ký kết giao ước thi đua.",
  date="2025-02-20", venue="Hội trường Công an huyện Yên Khê", kind="giao_uoc", period=(2025, "year"), name="Cụm thi đua số 12", number=12, ckind="cum")
c("Tăng cường đoàn kết, phát huy sức mạnh trong phong trào thi đua", "Thứ Năm, 19/12/2024 | 10:15",
  "Ngày 18/12, Cụm thi đua số 6 tổ chức hội nghị tổng kết phong trào thi đua năm 2024 tại huyện Bình Xuyên.",
  title="Tăng cường đoàn kết, phát huy sức mạnh trong phong trào thi đua", date="2024-12-18", venue="huyện Bình Xuyên", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua số 6", number=6, published="2024-12-19")
c("Các đơn vị giáo dục chung sức hoàn thành nhiệm vụ năm học", None,
  "Sáng 10/6/2024, Khối thi đua các trường THPT tổ chức hội nghị tổng kết năm học 2023 - 2024 tại Trường THPT Hòa Lạc.",
  title="Các đơn vị giáo dục chung sức hoàn thành nhiệm vụ năm học", date="2024-06-10", tod="sang", venue="Trường THPT Hòa Lạc", kind="tong_ket", period=(2024, "term"), name="Khối thi đua các trường THPT", ckind="khoi")
c("Cụm thi đua số 2 tổng kết năm 2023", None,
  "Ngày 12/1/2024, Cụm thi đua số 2 tổ chức hội nghị tổng kết năm 2023. Năm 2022, Cụm đã tổ chức giao lưu ngày 10/10/2022 tại huyện Đông Sơn.",
  date="2024-01-12", kind="tong_ket", period=(2023, "year"), venue=None, name="Cụm thi đua số 2", number=2)
c("Hội nghị tổng kết Cụm thi đua số 5 năm 2024", "Cập nhật lúc: 08:00 ngày 23/12/2024",
  "Trong không khí thi đua lập thành tích chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2024), chiều 20/12, Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-20", tod="chieu", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua số 5", number=5, published="2024-12-23")
c("Khối thi đua các sở, ngành kinh tế sơ kết 6 tháng", None,
  "Sáng ngày 12/7/2024, tại phòng họp tầng 3 Sở Công Thương, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-12", tod="sang", venue="phòng họp tầng 3 Sở Công Thương", kind="so_ket", period=(2024, "h1"), name="Khối thi đua các sở, ngành kinh tế", ckind="khoi")
c("Cụm thi đua số 1 tổ chức hội nghị trực tuyến", None,
  "Ngày 10/7/2024, Cụm thi đua số 1 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024 theo hình thức trực tuyến.",
  date="2024-07-10", venue=None, kind="so_ket", period=(2024, "h1"), number=1)
c("Cụm thi đua III sơ kết công tác 6 tháng đầu năm", "Thứ sáu, 12/7/2024, 14:20 (GMT+7)",
  "Ngày 11/7, Cụm thi đua III thuộc Bộ Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 tại thành phố Hòa Sơn.",
  date="2024-07-11", venue="thành phố Hòa Sơn", kind="so_ket", period=(2024, "h1"), name="Cụm thi đua III", number=3, published="2024-07-12")
c("Khối thi đua số 2 sơ kết quý I năm 2024", None,
  "Ngày 5.4.2024, tại trụ sở Sở Xây dựng, Khối thi đua số 2 đã tổ chức giao ban quý I năm 2024.",
  date="2024-04-05", venue="trụ sở Sở Xây dựng", kind="so_ket", period=(2024, "q1"), number=2, ckind="khoi")
c("Cụm thi đua số 9 tổng kết năm 2024", None,
  "Sáng 8/1/2025, tại Trung tâm Hội nghị tỉnh, Cụm thi đua số 9 gồm 8 huyện, thị xã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024, triển khai nhiệm vụ năm 2025.",
  date="2025-01-08", tod="sang", venue="Trung tâm Hội nghị tỉnh", kind="tong_ket", period=(2024, "year"), number=9)
c("Khối thi đua các cơ quan nội chính tổng kết năm 2024", None,
  "Ngày 25-12, tại hội trường Công an tỉnh, Khối thi đua các cơ quan nội chính tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
  date="2024-12-25", venue="hội trường Công an tỉnh", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các cơ quan nội chính")
c("Cụm thi đua số 10 ký kết giao ước thi đua năm 2025", "25/02/2025",
  "Sáng 24/02, tại Hội trường UBND thị xã Phú Hưng, Cụm thi đua số 10 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
  date="2025-02-24", tod="sang", venue="Hội trường UBND thị xã Phú Hưng", kind="giao_uoc", period=(2025, "year"), number=10, published="2025-02-25")
c("Cụm thi đua số 4 sơ kết 6 tháng đầu năm 2025", None,
  "Sáng thứ Sáu (11/7), tại huyện Thanh Lâm, Cụm thi đua số 4 tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.",
  date="2025-07-11", tod="sang", venue="huyện Thanh Lâm", kind="so_ket", period=(2025, "h1"), number=4)
c("Khối thi đua các tổ chức chính trị - xã hội tổng kết năm 2024", None,
  "Hôm nay (10/1/2025), tại Tỉnh đoàn, Khối thi đua các tổ chức chính trị - xã hội tổ chức hội nghị tổng kết năm 2024.",
  date="2025-01-10", venue="Tỉnh đoàn", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các tổ chức chính trị - xã hội")
c("Cụm thi đua số 8 sơ kết 6 tháng đầu năm 2024", None,
  "Vào sáng ngày 20/7/2024, tại Hội trường Huyện ủy Kim Thành, Cụm thi đua số 8 đã tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-20", tod="sang", venue="Hội trường Huyện ủy Kim Thành", kind="so_ket", period=(2024, "h1"), number=8)
c("Cụm thi đua số 11 tổng kết năm 2024", None,
  "Chiều 26/12, Cụm thi đua số 11 do Sở Y tế làm Cụm trưởng tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-26", tod="chieu", venue=None, kind="tong_ket", period=(2024, "year"), name="Cụm thi đua số 11", number=11)
c("Khối thi đua các doanh nghiệp Trung ương tổng kết năm 2024", "Ngày 20/01/2025 09:15",
  "Ngày 18/01/2025, tại TP. Hòa An, Khối thi đua các doanh nghiệp Trung ương tổ chức hội nghị tổng kết năm 2024.",
  date="2025-01-18", venue="TP. Hòa An", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các doanh nghiệp Trung ương", published="2025-01-20")
c("Cụm thi đua số 6 giao ban 9 tháng năm 2024", None,
  "Ngày 3/10/2024, Cụm thi đua số 6 tổ chức giao ban 9 tháng năm 2024 tại Sở Nông nghiệp và Phát triển nông thôn.",
  date="2024-10-03", venue="Sở Nông nghiệp và Phát triển nông thôn", kind="so_ket", period=(2024, "9m"), number=6)
c("Khối thi đua số 3 tổng kết phong trào thi đua năm 2024", None,
  "Ngày 27/12/2024, tại Hội trường Sở Giáo dục và Đào tạo, Khối thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua năm 2024, bình xét thi đua và ký kết giao ước thi đua năm 2025.",
  date="2024-12-27", venue="Hội trường Sở Giáo dục và Đào tạo", kind="tong_ket", period=(2024, "year"), number=3, ckind="khoi")
c("Cụm thi đua số 1 tổng kết năm 2024", None,
  "Ngày 20/12, Cụm thi đua số 1 tổ chức hội nghị tổng kết năm 2024. Trước đó, ngày 15/11, Cụm đã tổ chức kiểm tra chéo.",
  date="2024-12-20", kind="tong_ket", number=1)
c("Cụm thi đua số 5 sơ kết 6 tháng", None,
  "Ngày 19/7/2024 tại Ủy ban nhân dân huyện Hải Đông, Cụm thi đua số 5 đã tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.",
  date="2024-07-19", venue="Ủy ban nhân dân huyện Hải Đông", kind="so_ket", period=(2024, "h1"), number=5)
c("Khối thi đua các cơ quan tham mưu tổng hợp sơ kết 6 tháng", None,
  "Sáng nay 12/7, Khối thi đua các cơ quan tham mưu tổng hợp tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-12", tod="sang", kind="so_ket", period=(2024, "h1"), name="Khối thi đua các cơ quan tham mưu tổng hợp")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Ngày 22/12/2024, tại xã Tân Phú, huyện Đồng Xuân, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-22", venue="xã Tân Phú, huyện Đồng Xuân", kind="tong_ket", period=(2024, "year"), number=3)
c("Cụm thi đua số 14 tổ chức hội nghị tổng kết", "Thứ hai, 06/01/2025 - 15:45",
  "(XYZ) - Chiều 3/1, Cụm thi đua số 14 tổ chức hội nghị tổng kết phong trào thi đua năm 2024.",
  date="2025-01-03", tod="chieu", kind="tong_ket", period=(2024, "year"), number=14, published="2025-01-06")
c("Khối thi đua các trường đại học, cao đẳng sơ kết học kỳ I", None,
  "Ngày 15/1/2025, tại Trường Đại học Hòa Bình, Khối thi đua các trường đại học, cao đẳng tổ chức hội nghị sơ kết học kỳ I năm học 2024 - 2025.",
  date="2025-01-15", venue="Trường Đại học Hòa Bình", kind="so_ket", name="Khối thi đua các trường đại học, cao đẳng")
c("Cụm thi đua số 2 - Bộ Công an tổng kết năm 2024", None,
  "Ngày 10/12/2024, Cụm thi đua số 2, Bộ Công an tổ chức Hội nghị tổng kết công tác thi đua năm 2024 tại Công an tỉnh Lâm Sơn.",
  date="2024-12-10", venue="Công an tỉnh Lâm Sơn", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua số 2", number=2)
c("Cụm thi đua số 5 ký giao ước thi đua năm 2024", "Cập nhật ngày: 01/03/2024",
  "Ngày 28 tháng 2 năm 2024, tại Hội trường Trung tâm Văn hóa huyện Lộc Điền, Cụm thi đua số 5 tổ chức ký kết giao ước thi đua năm 2024.",
  date="2024-02-28", venue="Hội trường Trung tâm Văn hóa huyện Lộc Điền", kind="giao_uoc", period=(2024, "year"), number=5, published="2024-03-01")
c("Cụm thi đua số 7 tổng kết công tác năm 2024", "Đăng ngày: 27/12/2024 - 16:30",
  "Chiều ngày 26/12, tại Khu di tích Đồi Thông, Cụm thi đua số 7 tổ chức Hội nghị tổng kết công tác thi đua năm 2024 với sự tham dự của đại diện Ban Thi đua - Khen thưởng tỉnh.",
  date="2024-12-26", tod="chieu", venue="Khu di tích Đồi Thông", kind="tong_ket", period=(2024, "year"), number=7, published="2024-12-27")
c("Khối thi đua các cơ quan khối Đảng sơ kết 6 tháng", None,
  "Ngày 10 - 7 - 2024, tại Văn phòng Tỉnh ủy, Khối thi đua các cơ quan khối Đảng tổ chức hội nghị sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-10", venue="Văn phòng Tỉnh ủy", kind="so_ket", period=(2024, "h1"))
c("Cụm thi đua số 8 tổng kết năm 2024", None,
  "Ngày 24/12, Cụm thi đua số 8 tổ chức Hội nghị tổng kết năm 2024 tại Hội trường UBND huyện Sơn Lâm, dưới sự chủ trì của Chủ tịch UBND huyện.",
  date="2024-12-24", venue="Hội trường UBND huyện Sơn Lâm", kind="tong_ket", period=(2024, "year"), number=8)
c("Cụm thi đua số 3 sơ kết 6 tháng đầu năm", "12/07/2024",
  "Ngày 11/7, Cụm thi đua số 3 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.",
  date="2024-07-11", kind="so_ket", period=(2024, "h1"), published="2024-07-12")
c("Cụm thi đua các huyện miền núi tổng kết năm 2024", None,
  "Ngày 30/12/2024, tại huyện Mường Lam, Cụm thi đua các huyện miền núi tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
  date="2024-12-30", venue="huyện Mường Lam", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua các huyện miền núi", number=None, ckind="cum")
c("Cụm thi đua số 6 sơ kết 6 tháng đầu năm 2024", None,
  "Sáng 16/7, Cụm thi đua số 6 tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2024 tại trụ sở Sở Tư pháp tỉnh Hòa Giang.",
  date="2024-07-16", tod="sang", venue="trụ sở Sở Tư pháp tỉnh Hòa Giang", kind="so_ket", period=(2024, "h1"), number=6)
c("Khối thi đua XI tổng kết năm 2024", None,
  "Ngày 9/1/2025, Khối thi đua XI tổ chức hội nghị tổng kết công tác thi đua năm 2024.",
  date="2025-01-09", kind="tong_ket", period=(2024, "year"), name="Khối thi đua XI", number=11, ckind="khoi")
c("Cụm thi đua số 4 tổng kết năm 2024", "Thứ tư, 25/12/2024",
  "Hội nghị tổng kết năm 2024 của Cụm thi đua số 4 diễn ra sáng 24/12 tại Nhà văn hóa huyện Tam Nông.",
  date="2024-12-24", tod="sang", venue="Nhà văn hóa huyện Tam Nông", kind="tong_ket", period=(2024, "year"), number=4, published="2024-12-25")
c("Khối thi đua các hội đặc thù ký kết giao ước thi đua", None,
  "Ngày 14/3/2025, tại trụ sở Hội Chữ thập đỏ tỉnh, Khối thi đua các hội đặc thù tổ chức lễ ký kết giao ước thi đua năm 2025.",
  date="2025-03-14", venue="trụ sở Hội Chữ thập đỏ tỉnh", kind="giao_uoc", period=(2025, "year"), name="Khối thi đua các hội đặc thù")
c("Cụm thi đua số 2 sơ kết 6 tháng", None,
  "Thực hiện Kế hoạch số 12/KH-CTĐ ngày 10/2/2024, ngày 18/7/2024, Cụm thi đua số 2 tổ chức sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-18", kind="so_ket", period=(2024, "h1"), name="Cụm thi đua số 2", number=2)
c("Cụm thi đua số 9 tổng kết năm 2024", "Thứ ba, 31/12/2024 - 07:00",
  "Ngày 30/12, Cụm thi đua số 9 tổ chức hội nghị tổng kết năm 2024 nhân dịp kỷ niệm Ngày truyền thống (27/12).",
  date="2024-12-30", kind="tong_ket", number=9, published="2024-12-31")
c("CTĐ số 4 sơ kết 6 tháng đầu năm 2024", None,
  "Ngày 12/7, CTĐ số 4 tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 tại Sở Nội vụ.",
  date="2024-07-12", venue="Sở Nội vụ", kind="so_ket", period=(2024, "h1"), name="CTĐ số 4", number=4, ckind="cum")
c("KTĐ các doanh nghiệp tổng kết năm 2024", None,
  "Ngày 26/12/2024, KTĐ các doanh nghiệp tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
  date="2024-12-26", kind="tong_ket", period=(2024, "year"), name="KTĐ các doanh nghiệp", ckind="khoi")
c("Cụm thi đua số 3 triển khai công tác thi đua năm 2025", None,
  "Ngày 20/2/2025, tại Sở Công Thương, Cụm thi đua số 3 tổ chức hội nghị triển khai công tác thi đua, khen thưởng năm 2025.",
  date="2025-02-20", venue="Sở Công Thương", kind="giao_uoc", period=(2025, "year"), number=3)
c("Khối thi đua các cơ quan văn hóa phát động thi đua năm 2025", None,
  "Sáng 25/2, Khối thi đua các cơ quan văn hóa tổ chức hội nghị phát động phong trào thi đua năm 2025.",
  date="2025-02-25", tod="sang", kind="giao_uoc", period=(2025, "year"), name="Khối thi đua các cơ quan văn hóa")
c("Cụm thi đua số 2 triển khai nhiệm vụ 6 tháng cuối năm 2024", None,
  "Ngày 8/7/2024, Cụm thi đua số 2 tổ chức hội nghị triển khai nhiệm vụ 6 tháng cuối năm 2024.",
  date="2024-07-08", kind="other", period=None, number=2)
c("Hội nghị giao ban Cụm thi đua số 6", None,
  "Ngày 12/4/2024, tại Sở Y tế, Cụm thi đua số 6 tổ chức hội nghị giao ban công tác thi đua quý I năm 2024, triển khai nhiệm vụ quý II.",
  date="2024-04-12", venue="Sở Y tế", kind="so_ket", period=(2024, "q1"), number=6)
c("Cụm thi đua số 5 kiểm tra chéo công tác thi đua năm 2024", None,
  "Ngày 5/11/2024, Đoàn kiểm tra của Cụm thi đua số 5 tiến hành kiểm tra chéo công tác thi đua, khen thưởng năm 2024 tại UBND huyện Đồi Mây.",
  date="2024-11-05", venue="UBND huyện Đồi Mây", kind="other", number=5)
c("Khối thi đua các hội nghề nghiệp ký kết giao ước thi đua năm 2025", None,
  "Sáng 6/3, tại Hội trường Liên hiệp các hội khoa học, Khối thi đua các hội nghề nghiệp tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
  date="2025-03-06", tod="sang", venue="Hội trường Liên hiệp các hội khoa học", kind="giao_uoc", period=(2025, "year"), name="Khối thi đua các hội nghề nghiệp")
c("Khối thi đua các Cục, Tổng cục ký kết giao ước thi đua năm 2025", None,
  "Ngày 7/3/2025, tại Vườn quốc gia Núi Mây, Khối thi đua các Cục, Tổng cục tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
  date="2025-03-07", venue="Vườn quốc gia Núi Mây", kind="giao_uoc", period=(2025, "year"), name="Khối thi đua các Cục, Tổng cục", ckind="khoi")
c("Khối thi đua các sở, ban, ngành tổng kết năm 2024", None,
  "Chiều 27/12/2024, Khối thi đua các sở, ban, ngành tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-27", tod="chieu", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các sở, ban, ngành")
c("Khối thi đua số 4 triển khai nhiệm vụ năm 2025", None,
  "Ngày 14/2, Khối thi đua các cơ quan tư pháp tỉnh đã tổ chức Hội nghị tổng kết năm 2024, triển khai nhiệm vụ năm 2025.",
  date="2025-02-14", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các cơ quan tư pháp", number=4, ckind="khoi")
c("Cụm thi đua số 2 dự hội nghị của Khối thi đua các doanh nghiệp", None,
  "Ngày 14/2/2025, Khối thi đua các doanh nghiệp tổ chức hội nghị tổng kết năm 2024.",
  date="2025-02-14", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các doanh nghiệp", number=None, ckind="khoi")
c("Cụm III - 8 tỉnh miền núi phía Bắc tổng kết năm 2024", None,
  "Ngày 20/12/2024, tại thành phố Hà Giang, Cụm III - 8 tỉnh miền núi phía Bắc tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-20", venue="thành phố Hà Giang", kind="tong_ket", period=(2024, "year"), name="Cụm III - 8 tỉnh miền núi phía Bắc", number=3, ckind="cum")
c("Cụm thi đua số 8 - Công an tỉnh tổng kết năm 2024", None,
  "Ngày 20/12/2024, Cụm thi đua số 8 - Công an tỉnh Lâm Sơn tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-20", kind="tong_ket", period=(2024, "year"), name="Cụm thi đua số 8", number=8, ckind="cum")
c("Công đoàn các tổng công ty ký kết giao ước thi đua", "Thứ Ba, ngày 10/04/2018",
  "Vừa qua, tại Hội nghị tổng kết công tác thi đua năm 2017 diễn ra tại Hà Nội, công đoàn 6 tổng công ty đã ký giao ước thi đua năm 2018. Hội nghị đã bầu Công đoàn Tổng công ty Sông Mây là đơn vị Khối trưởng năm 2018.",
  date=None, venue="Hà Nội", kind="tong_ket", period=(2017, "year"), name=None, ckind="khoi", published="2018-04-10")
c("Cụm thi đua số 6 tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025", None,
  "Ngày 18/9/2025, Cụm thi đua số 6 tổ chức hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020 - 2025 và ký kết giao ước thi đua năm 2026.",
  date="2025-09-18", kind="tong_ket", period=(2025, "term"), number=6)
c("Họp khối thi đua các viện nghiên cứu", None,
  "Ngày 31/10/2024, Khối thi đua các viện nghiên cứu đã tổ chức họp tại Viện Cây trồng Miền Đông. Tại cuộc họp, các đơn vị đọc lại Giao ước thi đua ngày 20 tháng 3 năm 2022 của khối và xét cờ thi đua cho các đơn vị năm 2024.",
  date="2024-10-31", venue="Viện Cây trồng Miền Đông", kind="tong_ket", period=(2024, "year"), name="Khối thi đua các viện nghiên cứu", ckind="khoi")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Sáng 15/12/2024 (thứ Bảy), tại Nhà văn hóa huyện Lạc Sơn, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-15", tod="sang", venue="Nhà văn hóa huyện Lạc Sơn", kind="tong_ket", period=(2024, "year"), number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Trong 2 ngày 14 và 15/12/2024, tại thành phố Hòa Sơn, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-14", venue="thành phố Hòa Sơn", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Vào lúc 8 giờ 30 ngày 15/12/2024, tại Hội trường Sở Nội vụ, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-15", venue="Hội trường Sở Nội vụ", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Ngày 15/12 vừa qua, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024 tại Hà Nội.",
  date="2024-12-15", venue="Hà Nội", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Cụm thi đua số 3 đã tổ chức hội nghị tổng kết công tác thi đua năm 2024 vào ngày 15/12/2024 tại trụ sở UBND huyện Lạc Sơn.",
  date="2024-12-15", venue="trụ sở UBND huyện Lạc Sơn", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", "Chủ nhật, 15/12/2024, 10:20",
  "(Chinhphu.vn) - Sáng 14/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-14", tod="sang", kind="tong_ket", number=3, published="2024-12-15")
c("Cụm thi đua số 3 tổng kết năm 2024", "15:30 | 16/12/2024",
  "Chiều 14/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-14", tod="chieu", kind="tong_ket", number=3, published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Thứ 2, 16/12/2024 | 08:30",
  "Vừa qua, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Trong năm, ngày 15/5/2024, Cụm đã tổ chức hội thao tại huyện Lạc Sơn.",
  date=None, venue=None, kind="tong_ket", number=3, published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Chiều ngày 14, 15/12/2024, tại thành phố Hòa Sơn, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-14", tod="chieu", venue="thành phố Hòa Sơn", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Trong các ngày 04, 05/12/2024 tại tỉnh Hòa Sơn, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-04", venue="tỉnh Hòa Sơn", kind="tong_ket", number=3)
c("Cụm thi đua khối xã, phường ký kết giao ước thi đua năm 2024", None,
  "Chiều 15/2, tại trụ sở UBND phường Tân Hà – đơn vị Cụm trưởng Cụm thi đua khối xã, phường năm 2024 đã diễn ra Hội nghị ký kết giao ước thi đua khối xã, phường thuộc thành phố Lạc Sơn năm 2024.",
  date="2024-02-15", tod="chieu", venue="trụ sở UBND phường Tân Hà", kind="giao_uoc", period=(2024, "year"), name="Cụm thi đua khối xã, phường", ckind="cum")
c("Cụm thi đua số 2 ký kết giao ước thi đua năm 2025", None,
  "Ngày 12/3/2025, tại Lữ đoàn 680, Quân khu 9, Cụm thi đua số 2 tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
  date="2025-03-12", venue="Lữ đoàn 680, Quân khu 9", kind="giao_uoc", period=(2025, "year"), number=2)
c("Khối thi đua các doanh nghiệp ký kết giao ước thi đua", None,
  "Sáng 25/9/2024, tại Công ty TNHH MTV Cao su Lạc Sơn khối thi đua các doanh nghiệp tỉnh Tân Hà đã tiến hành ký kết giao ước thi đua năm 2025.",
  date="2024-09-25", tod="sang", venue="Công ty TNHH MTV Cao su Lạc Sơn", kind="giao_uoc", period=(2025, "year"), name="khối thi đua các doanh nghiệp tỉnh Tân Hà", ckind="khoi")
c("SƠ KẾT 6 THÁNG ĐẦU NĂM 2024 CỤM THI ĐUA SỐ 5", None,
  "Ngày 10/7/2024, Cụm thi đua số 5 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.",
  date="2024-07-10", kind="so_ket", period=(2024, "h1"), number=5)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Mới đây, tại Hội trường UBND huyện Lạc Sơn, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Năm 2023, hội nghị được tổ chức ngày 20/12/2023 tại huyện Đồi Mây.",
  date=None, venue="Hội trường UBND huyện Lạc Sơn", kind="tong_ket", number=3)
c("Cụm thi đua số 3 ký kết giao ước thi đua năm 2025", None,
  "Hôm qua (20/2), tại Sở Y tế, Cụm thi đua số 3 tổ chức ký kết giao ước thi đua năm 2025.",
  date="2025-02-20", venue="Sở Y tế", kind="giao_uoc", period=(2025, "year"), number=3)
c("Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024", None,
  "Sáng 12-7, tại TP Hòa Sơn, Cụm thi đua số 3 tổ chức sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-12", tod="sang", venue="TP Hòa Sơn", kind="so_ket", period=(2024, "h1"), number=3)
c("Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024", None,
  "Sáng ngày 12 tháng 7, tại Hội trường Sở Tài chính, Cụm thi đua số 3 tổ chức sơ kết 6 tháng đầu năm 2024.",
  date="2024-07-12", tod="sang", venue="Hội trường Sở Tài chính", kind="so_ket", period=(2024, "h1"), number=3)
c("Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024", None,
  "Sáng 12/7, Cụm thi đua số 3 tổ chức sơ kết 6 tháng đầu năm 2024 theo hình thức trực tiếp kết hợp trực tuyến tại 8 điểm cầu.",
  date="2024-07-12", tod="sang", venue=None, kind="so_ket", period=(2024, "h1"), number=3)
c("Khối thi đua các cơ quan Đảng tổng kết năm 2024", "Ngày đăng: 28/12/2024 | Lượt xem: 120",
  "Ngày 27/12, Khối thi đua các cơ quan Đảng tỉnh tổ chức hội nghị tổng kết năm 2024 dưới sự chủ trì của đồng chí Trưởng Ban Tổ chức Tỉnh ủy.",
  date="2024-12-27", kind="tong_ket", name="Khối thi đua các cơ quan Đảng", published="2024-12-28")
c("Khối thi đua các doanh nghiệp tổng kết năm 2024", None,
  "Ngày 9/1/2025, Khối thi đua các doanh nghiệp trên địa bàn tỉnh Hòa Sơn tổ chức hội nghị tổng kết năm 2024.",
  date="2025-01-09", kind="tong_ket", name="Khối thi đua các doanh nghiệp", ckind="khoi")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Tối 20/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024 tại Khách sạn Mường Thanh Hòa Sơn.",
  date="2024-12-20", tod="toi", venue="Khách sạn Mường Thanh Hòa Sơn", kind="tong_ket", number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", "Cập nhật lúc 14:35, Thứ sáu, 20/12/2024 (GMT+7)",
  "Chiều nay (20/12), Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-20", tod="chieu", kind="tong_ket", number=3, published="2024-12-20")
c("Cụm thi đua số 3 sơ kết 9 tháng năm 2024", None,
  "Ngày 4/10/2024, Cụm thi đua số 3 tổ chức hội nghị sơ kết 9 tháng đầu năm 2024 và triển khai nhiệm vụ quý IV.",
  date="2024-10-04", kind="so_ket", period=(2024, "9m"), number=3)
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Ngày 10-1-2025, tại Công ty Cổ phần Sông Đà 9, Cụm thi đua số 3 tổ chức tổng kết năm 2024.",
  date="2025-01-10", venue="Công ty Cổ phần Sông Đà 9", kind="tong_ket", period=(2024, "year"), number=3)
_L = "Chiều 14/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024."
c("Cụm thi đua số 3 tổng kết năm 2024", "Thứ Hai, 16/12/2024 08:30 (GMT+07:00)", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "16/12/2024 | 08:30", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Ngày 16 tháng 12 năm 2024", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Đăng lúc: 08:30 - 16/12/2024", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "16.12.2024", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Thời sự | 16/12/2024 08:30", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Ngày xuất bản: 16/12/2024", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", "Thứ hai, 16 Tháng 12 2024 08:30", _L, date="2024-12-14", published="2024-12-16")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Chiều 14/12, tại điểm cầu Hội trường UBND tỉnh, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024.",
  date="2024-12-14", venue="điểm cầu Hội trường UBND tỉnh")
c("Cụm thi đua số 3 tổng kết năm 2024", None,
  "Chiều 14/12, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2024. Hội nghị diễn ra tại Trung tâm Hội nghị huyện Đồi Mây.",
  date="2024-12-14", venue="Trung tâm Hội nghị huyện Đồi Mây")


_FIELDS = ("title", "date", "tod", "venue", "kind", "period", "name", "number", "ckind", "published")


def _read(text: str) -> dict:
    r = extract(text).model_dump(mode="json")
    m, cl = r["meeting"], r["cluster"]
    return {"title": r["title"], "date": m["date"], "tod": m["time_of_day"], "venue": m["venue"], "kind": m["kind"],
            "period": (m["period"]["year"], m["period"]["span"]) if m["period"] else None, "name": cl["name"],
            "number": cl["number"], "ckind": cl["kind"], "published": r["published"]}


@pytest.mark.parametrize("head,meta,lead,exp", C, ids=[f"{i:02d}-{x[0][:40]}" for i, x in enumerate(C)])
def test_portal_opening(head, meta, lead, exp):
    text = head + "\n\n" + (meta + "\n\n" if meta else "") + lead + "\n"
    got = _read(text)
    exp = {"title": head, "published": None, **exp}
    assert {k: got[k] for k in exp} == exp


def test_a_site_header_date_before_the_meeting_could_be_held_is_no_publication_date():
    # the site header's clock shows a day two years before the covenant's year: not when the report was published
    text = ("Đăng nhập\n\nCổng thông tin điện tử tỉnh Hòa Sơn\n\n12/5/2023  |  English\n\n"
            "Khối thi đua các hội nghề nghiệp ký kết giao ước thi đua năm 2025\n\n"
            "Sáng 6/3, tại Hội trường Liên hiệp các hội khoa học, Khối thi đua các hội nghề nghiệp tổ chức hội nghị "
            "ký kết giao ước thi đua năm 2025.\n")
    got = _read(text)
    assert got["published"] is None
    assert got["date"] == "2025-03-06"
    assert got["title"] == "Khối thi đua các hội nghề nghiệp ký kết giao ước thi đua năm 2025"
    # a date line of the covenant's year stays the publication date
    got = _read(text.replace("12/5/2023", "7/3/2025"))
    assert got["published"] == "2025-03-07" and got["date"] == "2025-03-06"


@pytest.mark.parametrize("name,number,kind", [
    ("Cụm thi đua số 03", 3, "cum"), ("Khối thi đua XV", 15, "khoi"), ("Cụm thi đua Đông Nam Bộ", None, "cum"),
    ("Cụm thi đua các tỉnh, thành phố Đông Nam Bộ", None, "cum"), ("Khối thi đua Nội chính", None, "khoi"),
    ("Khối I", 1, "khoi"), ("Cụm số 2", 2, "cum"), ("Khối thi đua các cơ quan Trung ương", None, "khoi"),
    ("Cụm thi đua các huyện, thị xã phía Nam", None, "cum"), ("Khối thi đua các trường THPT", None, "khoi"),
    ("Cụm thi đua khối xã, phường", None, "cum"), ("Khối thi đua 1 - Khối Giáo dục nghề nghiệp", 1, "khoi"),
])
def test_cluster_name_forms(name, number, kind):
    got = _read(f"{name} tổng kết năm 2024\n\nChiều 14/12, {name} tổ chức hội nghị tổng kết năm 2024.\n")
    assert (got["name"], got["number"], got["ckind"]) == (name, number, kind)


@pytest.mark.parametrize("phrase,kind,period", [
    ("sơ kết 6 tháng năm 2024", "so_ket", (2024, "h1")),
    ("sơ kết công tác thi đua 06 tháng đầu năm 2024", "so_ket", (2024, "h1")),
    ("sơ kết quý I/2024", "so_ket", (2024, "q1")),
    ("sơ kết 9 tháng/2024", "so_ket", (2024, "9m")),
    ("sơ kết giữa năm 2024", "so_ket", None),
    ("tổng kết công tác năm 2023 và phương hướng nhiệm vụ năm 2024", "tong_ket", (2023, "year")),
    ("tổng kết năm học 2023-2024", "tong_ket", (2024, "term")),
    ("sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024", "so_ket", (2024, "h1")),
])
def test_kind_and_period_forms(phrase, kind, period):
    got = _read(f"Cụm thi đua số 3 tổ chức hội nghị\n\nNgày 12/7/2024, Cụm thi đua số 3 tổ chức hội nghị {phrase}.\n")
    assert (got["kind"], got["period"], got["date"]) == (kind, period, "2024-07-12")


def test_a_line_of_font_size_buttons_above_the_headline_is_page_chrome():
    text = ("A- A A+\n\nCụm thi đua số 6: đoàn kết, đổi mới trong công tác thi đua...\n\n"
            "Ngày 27/6, tại thành phố Lam Sơn, Cụm thi đua số 6 đã tổ chức Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2024.\n")
    r = extract(text)
    assert r.title == "Cụm thi đua số 6: đoàn kết, đổi mới trong công tác thi đua"  # the ellipsis is no part of it
    assert r.cluster.number == 6


@pytest.mark.parametrize("sentence,name", [
    # a clause verb after the cluster's word ends its name; written with a capital (a slip of the portal) too
    ("Năm 2024, các đơn vị trong Khối Tiếp tục quán triệt tư tưởng thi đua ái quốc.", None),
    ("Năm 2024, 7 đơn vị trong cụm thi đua tiếp tục đẩy mạnh phong trào thi đua.", None),
    ("Năm 2024, Khối thi đua các sở phấn đấu hoàn thành các chỉ tiêu.", "Khối thi đua các sở"),
    # a place whose first word is a one-word verb keeps its name ("Cần" in "Cần Giang")
    ("Năm 2024, Cụm thi đua Cần Giang tổ chức hội nghị.", "Cụm thi đua Cần Giang"),
    ("Báo cáo tổng kết do đồng chí Lê Thị Tâm thường trực Khối trình bày.", None),
    ("Ngoài ra, Khối thi đua còn chú trọng công tác tuyên truyền.", None),
])
def test_a_clause_verb_ends_a_cluster_name(sentence, name):
    got = _read("Tổng kết công tác thi đua năm 2024\n\nChiều 14/12, hội nghị tổng kết được tổ chức. " + sentence + "\n")
    assert got["name"] == name


def test_a_role_note_after_the_venue_names_the_chair_with_the_cluster_after_it():
    r = extract("Cụm thi đua số 2 ký kết giao ước thi đua năm 2024\n\nChiều 15/2/2024, tại trụ sở UBND phường Tân Hà – đơn vị "
                "Cụm trưởng Cụm thi đua số 2 năm 2024 đã diễn ra Hội nghị ký kết giao ước thi đua năm 2024.\n")
    assert r.meeting.venue == "trụ sở UBND phường Tân Hà"
    assert r.cluster.chair.organization == "UBND phường Tân Hà"
