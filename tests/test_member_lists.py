"""Member lists written the ways provincial and sector portals write them (own examples).

Each case: a sentence (or lines) stating a cluster's members, and the members expected, in order,
as written. The negative cases are lists that are not the member list (award recipients, honours).
"""
import pytest

CASES = [
    # colon list; names holding a comma, a dash or "và"
    ("Ngày 12/3/2024, Cụm thi đua số 5 gồm các đơn vị: Sở Tư pháp, Sở Nội vụ, Sở Lao động - Thương binh và Xã hội, "
     "Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tổng kết năm 2023.",
     ["Sở Tư pháp", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch"]),
    # "bao gồm" without a colon, the last pair joined by "và"
    ("Khối thi đua các cơ quan Đảng bao gồm Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy "
     "và Văn phòng Tỉnh ủy đã tổ chức hội nghị sơ kết.",
     ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy"]),
    # "với N thành viên là"
    ("Cụm thi đua số 3 với 5 thành viên là UBND huyện Hòa Lạc, UBND huyện Đông Sơn, UBND huyện Tây Hòa, "
     "UBND thị xã Bình An và UBND thành phố Minh Long đã tổ chức hội nghị.",
     ["UBND huyện Hòa Lạc", "UBND huyện Đông Sơn", "UBND huyện Tây Hòa", "UBND thị xã Bình An", "UBND thành phố Minh Long"]),
    ("Các đơn vị thành viên của Cụm gồm: Trường THPT Lê Lợi, Trường THPT Trần Phú, Trường THPT Nguyễn Du "
     "và Trường THPT Chu Văn An.",
     ["Trường THPT Lê Lợi", "Trường THPT Trần Phú", "Trường THPT Nguyễn Du", "Trường THPT Chu Văn An"]),
    # semicolon list
    ("Khối thi đua số 2 gồm: Hội Nông dân tỉnh; Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn; Hội Cựu chiến binh tỉnh; "
     "Liên đoàn Lao động tỉnh.",
     ["Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh"]),
    # a guest listed with the members, marked by its note, is no member
    ("Hội nghị có 6 đoàn tham dự là Viện kiểm sát nhân dân các tỉnh: Hòa Sơn, Lâm Bình, Đông Giang, Tây Lĩnh, "
     "Nam Khê và Bắc Thủy (khách mời).",
     ["Hòa Sơn", "Lâm Bình", "Đông Giang", "Tây Lĩnh", "Nam Khê"]),
    # role notes
    ("Cụm thi đua số 7 gồm 4 đơn vị: Bệnh viện Đa khoa tỉnh (Cụm trưởng), Bệnh viện Y học cổ truyền (Cụm phó), "
     "Bệnh viện Phổi và Bệnh viện Mắt.",
     ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Y học cổ truyền", "Bệnh viện Phổi", "Bệnh viện Mắt"]),
    ("Khối thi đua các cơ quan tư pháp có 4 thành viên: Sở Tư pháp (Khối trưởng); Cục Thi hành án dân sự tỉnh "
     "(Khối phó); Công an tỉnh; Viện Kiểm sát nhân dân tỉnh.",
     ["Sở Tư pháp", "Cục Thi hành án dân sự tỉnh", "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh"]),
    # bare place names
    ("Cụm thi đua gồm các huyện: Tân Lạc, Lạc Sơn, Kim Bôi, Cao Phong và Yên Thủy.",
     ["Tân Lạc", "Lạc Sơn", "Kim Bôi", "Cao Phong", "Yên Thủy"]),
    ("Cụm thi đua các xã phía Bắc gồm 6 xã: Tân Hà, Phú Mỹ, Hòa Bình, Lộc An, Đông Thành và Tây Lâm đã tổ chức hội nghị.",
     ["Tân Hà", "Phú Mỹ", "Hòa Bình", "Lộc An", "Đông Thành", "Tây Lâm"]),
    ("Cụm thi đua số 4 gồm Ủy ban MTTQ Việt Nam các huyện: Hòa Lạc, Đông Sơn, Tây Hòa và Bắc Bình.",
     ["Hòa Lạc", "Đông Sơn", "Tây Hòa", "Bắc Bình"]),
    ("Cụm thi đua số 13 gồm Hội Nông dân các huyện Tân Lạc, Lạc Sơn, Kim Bôi và Cao Phong.",
     ["Tân Lạc", "Lạc Sơn", "Kim Bôi", "Cao Phong"]),
    ("Cụm thi đua số 24 có 4 đơn vị thành viên gồm Liên đoàn Lao động các huyện Tân Lạc, Lạc Sơn, Kim Bôi "
     "và thành phố Hòa Bình.",
     ["Tân Lạc", "Lạc Sơn", "Kim Bôi", "thành phố Hòa Bình"]),
    # numbered districts and wards
    ("Cụm thi đua số 6, gồm các phường: Phường 1, Phường 2, Phường 3, Phường 4.",
     ["Phường 1", "Phường 2", "Phường 3", "Phường 4"]),
    ("Cụm thi đua số 12 gồm 5 quận: quận 1, quận 3, quận 5, quận 10 và quận Tân Mỹ.",
     ["quận 1", "quận 3", "quận 5", "quận 10", "quận Tân Mỹ"]),
    ("Hội Cựu chiến binh các quận 1, 3, 10 và Bình Tân họp mặt cụm thi đua số 7 (gồm Hội Cựu chiến binh các quận 1, 3, 10, "
     "Bình Tân) ngày 2/3/2024.",
     ["1", "3", "10", "Bình Tân"]),
    # abbreviations
    ("Khối thi đua gồm 5 đơn vị là Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh, LĐLĐ tỉnh, Hội Nông dân tỉnh và Tỉnh đoàn.",
     ["Ban Dân vận Tỉnh ủy", "Ủy ban MTTQ tỉnh", "LĐLĐ tỉnh", "Hội Nông dân tỉnh", "Tỉnh đoàn"]),
    ("Khối thi đua số 3 (gồm VKSND tỉnh, TAND tỉnh, Cục Thi hành án dân sự tỉnh, Công an tỉnh) đã tổ chức hội nghị tổng kết.",
     ["VKSND tỉnh", "TAND tỉnh", "Cục Thi hành án dân sự tỉnh", "Công an tỉnh"]),
    ("Cụm thi đua gồm các đơn vị: HĐND huyện, UBND huyện, Ủy ban MTTQ huyện và LĐLĐ huyện.",
     ["HĐND huyện", "UBND huyện", "Ủy ban MTTQ huyện", "LĐLĐ huyện"]),
    ("Cụm thi đua số 18 gồm 3 đơn vị: Văn phòng HĐND và UBND tỉnh, Văn phòng Tỉnh ủy, Văn phòng Đoàn ĐBQH tỉnh.",
     ["Văn phòng HĐND và UBND tỉnh", "Văn phòng Tỉnh ủy", "Văn phòng Đoàn ĐBQH tỉnh"]),
    # bullet lists, one unit a line
    ("Khối thi đua Khối Nội chính gồm các đơn vị:\n- Công an tỉnh\n- VKSND tỉnh\n- TAND tỉnh\n- Sở Tư pháp",
     ["Công an tỉnh", "VKSND tỉnh", "TAND tỉnh", "Sở Tư pháp"]),
    ("Cụm thi đua số 1 gồm:\n+ Ngân hàng Nhà nước chi nhánh tỉnh;\n+ Ngân hàng Chính sách xã hội chi nhánh tỉnh;\n"
     "+ Kho bạc Nhà nước tỉnh.",
     ["Ngân hàng Nhà nước chi nhánh tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh", "Kho bạc Nhà nước tỉnh"]),
    ("Khối thi đua số 22 gồm các đơn vị:\nSở Y tế (Khối trưởng);\nSở Giáo dục và Đào tạo;\nSở Khoa học và Công nghệ.",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ"]),
    # companies, banks, schools, hospitals
    ("Khối thi đua doanh nghiệp gồm Công ty CP Cấp nước Sơn Hà, Công ty TNHH MTV Xổ số kiến thiết Sơn Hà, "
     "Công ty CP Môi trường đô thị Sơn Hà.",
     ["Công ty CP Cấp nước Sơn Hà", "Công ty TNHH MTV Xổ số kiến thiết Sơn Hà", "Công ty CP Môi trường đô thị Sơn Hà"]),
    ("Khối thi đua các ngân hàng thương mại gồm: Ngân hàng TMCP Công thương Việt Nam chi nhánh Sơn Hà, "
     "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Sơn Hà, Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Sơn Hà.",
     ["Ngân hàng TMCP Công thương Việt Nam chi nhánh Sơn Hà", "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Sơn Hà",
      "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Sơn Hà"]),
    ("Khối thi đua các trường đại học gồm 4 trường: Trường Đại học Sơn Hà, Trường Đại học Kỹ thuật Sơn Hà, "
     "Trường Cao đẳng Y tế Sơn Hà và Trường Cao đẳng Sư phạm Sơn Hà.",
     ["Trường Đại học Sơn Hà", "Trường Đại học Kỹ thuật Sơn Hà", "Trường Cao đẳng Y tế Sơn Hà", "Trường Cao đẳng Sư phạm Sơn Hà"]),
    ("Cụm thi đua số 14 gồm các trường: Trường Tiểu học Kim Đồng, Trường THCS Lê Quý Đôn, Trường Mầm non Hoa Sen.",
     ["Trường Tiểu học Kim Đồng", "Trường THCS Lê Quý Đôn", "Trường Mầm non Hoa Sen"]),
    ("Các đơn vị trong Cụm thi đua số 11 gồm: Trung tâm Y tế huyện Tân Lạc, Trung tâm Y tế huyện Lạc Sơn, "
     "Trung tâm Y tế huyện Kim Bôi, Trung tâm Y tế thành phố Hòa Bình.",
     ["Trung tâm Y tế huyện Tân Lạc", "Trung tâm Y tế huyện Lạc Sơn", "Trung tâm Y tế huyện Kim Bôi", "Trung tâm Y tế thành phố Hòa Bình"]),
    ("Khối thi đua số 28 gồm 4 đơn vị: Báo Sơn Hà, Đài Phát thanh và Truyền hình Sơn Hà, Hội Nhà báo tỉnh, Tạp chí Văn nghệ Sơn Hà.",
     ["Báo Sơn Hà", "Đài Phát thanh và Truyền hình Sơn Hà", "Hội Nhà báo tỉnh", "Tạp chí Văn nghệ Sơn Hà"]),
    ("Cụm thi đua số 16 gồm các đơn vị: Đồn Biên phòng Cửa khẩu Sơn Hà, Đồn Biên phòng Bắc Giang Sơn, Hải đội Biên phòng 2.",
     ["Đồn Biên phòng Cửa khẩu Sơn Hà", "Đồn Biên phòng Bắc Giang Sơn", "Hải đội Biên phòng 2"]),
    ("Cụm thi đua số 20 gồm Chi cục Thuế khu vực Tân Lạc - Lạc Sơn, Chi cục Thuế khu vực Kim Bôi - Cao Phong "
     "và Chi cục Thuế thành phố Hòa Bình.",
     ["Chi cục Thuế khu vực Tân Lạc - Lạc Sơn", "Chi cục Thuế khu vực Kim Bôi - Cao Phong", "Chi cục Thuế thành phố Hòa Bình"]),
    # a role named before the list, inside brackets
    ("Cụm thi đua số 49 (Cụm trưởng là Sở Tài chính) gồm các đơn vị: Sở Tài chính, Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh.",
     ["Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"]),
    # a unit named before "và các <nouns>:" is a member too
    ("Cụm thi đua số 80 gồm Sở Y tế (Cụm trưởng) và các đơn vị: Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh.",
     ["Sở Y tế", "Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"]),
    ("Năm 2024, 5 đơn vị trong Cụm thi đua (Sở Xây dựng là Cụm trưởng) và các đơn vị: Sở Công Thương, "
     "Sở Giao thông vận tải, Sở Tài chính, Sở Nội vụ đều hoàn thành tốt nhiệm vụ.",
     ["Sở Xây dựng", "Sở Công Thương", "Sở Giao thông vận tải", "Sở Tài chính", "Sở Nội vụ"]),
    ("Khối thi đua số 81 gồm Hội Nông dân tỉnh và các hội: Hội Chữ thập đỏ, Hội Người cao tuổi, Hội Khuyến học.",
     ["Hội Nông dân tỉnh", "Hội Chữ thập đỏ", "Hội Người cao tuổi", "Hội Khuyến học"]),
    # the members named as such before "là:"
    ("Các thành viên của Khối thi đua số 85 là: Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh.",
     ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"]),
    ("Thành viên Khối thi đua số 85 là: Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh.",
     ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"]),
    ("Cụm thi đua số 84 gồm các đơn vị:\n– Bệnh viện Đa khoa tỉnh;\n– Bệnh viện Sản Nhi tỉnh;\n– Trung tâm Kiểm soát bệnh tật tỉnh.",
     ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản Nhi tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Cụm thi đua số 82 gồm 7 huyện, thị xã, thành phố: Tân Lạc, Lạc Sơn, thị xã Bình An và thành phố Minh Châu.",
     ["Tân Lạc", "Lạc Sơn", "thị xã Bình An", "thành phố Minh Châu"]),
    # a descriptive word before the colon
    ("Cụm thi đua số 17 gồm các cơ quan Đảng, Mặt trận, đoàn thể huyện: Ban Tuyên giáo Huyện ủy, Ban Dân vận Huyện ủy, "
     "Ủy ban MTTQ huyện, Huyện đoàn.",
     ["Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban MTTQ huyện", "Huyện đoàn"]),
    ("Cụm thi đua số 32 gồm 4 đơn vị, cụ thể: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh và Sở Ngoại vụ.",
     ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Ngoại vụ"]),
    # the member list after an attendee sentence
    ("Tham dự hội nghị có đại diện lãnh đạo Sở Nội vụ, Sở Tài chính, Ban Thi đua - Khen thưởng tỉnh. "
     "Cụm thi đua số 9 gồm: Huyện đoàn Tân Lạc, Huyện đoàn Lạc Sơn, Huyện đoàn Kim Bôi.",
     ["Huyện đoàn Tân Lạc", "Huyện đoàn Lạc Sơn", "Huyện đoàn Kim Bôi"]),
    # "và các <common nouns>" names no unit: the item ends before it
    ("Cụm thi đua số 29 gồm các đơn vị: Ngân hàng (NHNN) chi nhánh tỉnh, Kho bạc Nhà nước tỉnh, Cục Thuế tỉnh "
     "và các tổ chức tín dụng trên địa bàn.",
     ["Ngân hàng (NHNN) chi nhánh tỉnh", "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh"]),
    ("Chiều 5/3, Khối thi đua số 8 gồm 7 đơn vị: Ngân hàng (NH) Phát triển và các NH thương mại, NH Hợp tác xã, "
     "Quỹ Bảo lãnh tín dụng Sơn Hà tổ chức hội nghị tổng kết.",
     ["Ngân hàng (NH) Phát triển", "NH Hợp tác xã", "Quỹ Bảo lãnh tín dụng Sơn Hà"]),
    # two counted groups
    ("Cụm thi đua số 30 gồm 7 đơn vị: Công an các huyện Tân Lạc, Lạc Sơn, Kim Bôi, Cao Phong và 3 đơn vị "
     "Công an các phường Hòa An, Đông Lạc, Tây Giang.",
     ["Tân Lạc", "Lạc Sơn", "Kim Bôi", "Cao Phong", "Hòa An", "Đông Lạc", "Tây Giang"]),
    ("Cụm thi đua số 6 gồm 3 Sở Tư pháp: Sơn Hà (Trưởng cụm), Bình Minh, Hòa An và 2 Phòng Tư pháp thuộc "
     "UBND các tỉnh Phú Lâm, Đông Lạc.",
     ["Sơn Hà", "Bình Minh", "Hòa An", "Phú Lâm", "Đông Lạc"]),
    # abbreviations of a local government with a full stop ("TP.", "TX.") end no item
    ("Cụm thi đua các tỉnh miền Đông gồm 3 tỉnh, thành phố: Đồng Nai, TP. Hồ Chí Minh, Bình Dương.",
     ["Đồng Nai", "TP. Hồ Chí Minh", "Bình Dương"]),
    ("Cụm thi đua số 62 gồm 4 đơn vị: UBND TP. Minh Châu, UBND TX. Bình An, UBND huyện Hòa Lạc và UBND huyện Đông Sơn.",
     ["UBND TP. Minh Châu", "UBND TX. Bình An", "UBND huyện Hòa Lạc", "UBND huyện Đông Sơn"]),
    # a list over a line break after a comma
    ("Cụm thi đua số 61 gồm các đơn vị: Sở Tư pháp, Sở Nội vụ,\nThanh tra tỉnh, Sở Ngoại vụ đã tổ chức hội nghị.",
     ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Ngoại vụ"]),
    # cultural units, stations
    ("Cụm thi đua số 52 gồm 3 đơn vị: Trường Chính trị tỉnh, Nhà Xuất bản Sơn Hà và Bảo tàng tỉnh.",
     ["Trường Chính trị tỉnh", "Nhà Xuất bản Sơn Hà", "Bảo tàng tỉnh"]),
    ("Khối thi đua số 65 gồm 3 đơn vị: Thư viện tỉnh, Bảo tàng tỉnh và Nhà hát Ca múa nhạc tỉnh.",
     ["Thư viện tỉnh", "Bảo tàng tỉnh", "Nhà hát Ca múa nhạc tỉnh"]),
    ("Cụm thi đua số 64 gồm các trạm: Trạm Y tế xã Tân Hà, Trạm Y tế xã Phú Mỹ, Trạm Y tế xã Lộc An.",
     ["Trạm Y tế xã Tân Hà", "Trạm Y tế xã Phú Mỹ", "Trạm Y tế xã Lộc An"]),
    ("Năm 2024, Cụm thi đua số 66 có 5 đơn vị thành viên là Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh, "
     "Đoàn Thanh niên và Liên đoàn Lao động huyện.",
     ["Hội Nông dân", "Hội Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên", "Liên đoàn Lao động huyện"]),
    ("Cụm thi đua số 58 gồm 4 xã: xã Tân Hà, xã Phú Mỹ, xã Lộc An và thị trấn Đông Thành.",
     ["xã Tân Hà", "xã Phú Mỹ", "xã Lộc An", "thị trấn Đông Thành"]),
    ("Cụm thi đua số 42 gồm 06 đơn vị:\n1. Công ty Điện lực Sơn Hà;\n2. Công ty Cấp nước Sơn Hà;\n3. Công ty Xăng dầu Sơn Hà.",
     ["Công ty Điện lực Sơn Hà", "Công ty Cấp nước Sơn Hà", "Công ty Xăng dầu Sơn Hà"]),
    ("Cụm thi đua số 57, gồm các đơn vị: Phòng Cảnh sát hình sự, Phòng Cảnh sát kinh tế, Phòng Cảnh sát môi trường "
     "(Cụm trưởng) và Phòng Cảnh sát giao thông.",
     ["Phòng Cảnh sát hình sự", "Phòng Cảnh sát kinh tế", "Phòng Cảnh sát môi trường", "Phòng Cảnh sát giao thông"]),
    # the unit the places share, then the kinds of the places and the names after a colon
    ("Ngày 10/02/2023, Cụm thi đua số 2 gồm Viện kiểm sát nhân dân các huyện, thị xã, thành phố: Hòa Lạc, Đông Sơn, "
     "Tây Hòa, Bình An và Minh Long tổ chức Lễ ký kết giao ước thi đua năm 2023.",
     ["Hòa Lạc", "Đông Sơn", "Tây Hòa", "Bình An", "Minh Long"]),
    # an adverb before the verb ends the list ("... và B long trọng tổ chức")
    ("Ngày 9/2/2023, Cụm thi đua số 1 gồm 03 đơn vị: Viện kiểm sát nhân dân huyện Tân Hà, Viện kiểm sát nhân dân "
     "huyện Lạc Sơn và Viện kiểm sát nhân dân huyện Bình An long trọng tổ chức Lễ ký kết giao ước thi đua năm 2023.",
     ["Viện kiểm sát nhân dân huyện Tân Hà", "Viện kiểm sát nhân dân huyện Lạc Sơn", "Viện kiểm sát nhân dân huyện Bình An"]),
    # a count and the places' kind before as many names (an attendance clause naming the cluster's communes)
    ("Chiều 13/3/2023, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2023. Tham dự Hội nghị có "
     "đại diện 05 xã Hòa Lạc, Đông Sơn, Tây Hòa, Bình An, Minh Long.",
     ["Hòa Lạc", "Đông Sơn", "Tây Hòa", "Bình An", "Minh Long"]),
    # members split into numbered teams
    ("Cụm thi đua số 9 đã thành lập 2 đoàn kiểm tra chéo, trong đó: đoàn số 1 gồm các tỉnh Sơn Hà, Bình Minh, "
     "Phú Lâm, địa điểm kiểm tra tại tỉnh Phú Lâm; đoàn số 2 gồm các tỉnh Hòa An, Đông Lạc, Tây Giang, "
     "địa điểm kiểm tra tại tỉnh Tây Giang.",
     ["Sơn Hà", "Bình Minh", "Phú Lâm", "Hòa An", "Đông Lạc", "Tây Giang"]),
    ("Cụm thi đua số 9 chia thành 2 nhóm: nhóm 1 gồm Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh; nhóm 2 gồm Sở Tài chính, "
     "Sở Công Thương và Sở Xây dựng.",
     ["Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh", "Sở Tài chính", "Sở Công Thương", "Sở Xây dựng"]),
]


@pytest.mark.parametrize("text,members", CASES, ids=[str(i) for i in range(len(CASES))])
def test_member_list(rec, text, members):
    assert rec(text)["cluster"]["members"] == members


# lists that name units the meeting honours or proposes for an award: recipients, not members
NOT_MEMBERS = [
    "Ngày 8/1/2024, Cụm thi đua số 4 tổ chức hội nghị. Hội nghị đã tặng Giấy khen cho các đơn vị: Sở Tư pháp, Sở Nội vụ, Sở Tài chính.",
    "Cụm thi đua số 15 đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị: Sở Y tế, Sở Giáo dục và Đào tạo.",
    "Cụm thi đua số 34 đã tổ chức hội nghị. Hội nghị biểu dương các đơn vị: Trường THCS Lê Lợi, Trường THCS Trần Phú.",
    "Cụm thi đua số 35 đã tổ chức hội nghị; Khối trưởng trao tặng Bằng khen cho các đơn vị: Sở Xây dựng, Sở Công Thương.",
    # units rated, ranked or holding the cluster's roles
    "Cụm thi đua số 70 tổ chức hội nghị. Kết quả, Cụm đã bình xét 3 đơn vị xuất sắc: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh.",
    "Cụm thi đua số 71 tổ chức hội nghị. Các đơn vị xếp loại xuất sắc gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh.",
    "Cụm thi đua số 72 tổ chức hội nghị. Hội nghị thống nhất đề nghị Chủ tịch UBND tỉnh khen thưởng cho 2 đơn vị: Sở Y tế, Sở Nội vụ.",
    "Cụm thi đua số 73 tổ chức hội nghị. Các đơn vị được công nhận hoàn thành xuất sắc nhiệm vụ gồm: Sở Y tế, Sở Nội vụ, Sở Tài chính.",
    "Cụm thi đua số 75 tổ chức hội nghị. Các đơn vị dẫn đầu là: Sở Y tế, Sở Nội vụ.",
    "Cụm thi đua số 76 tổ chức hội nghị. Hội nghị đã bầu Cụm trưởng, Cụm phó năm 2025 gồm: Sở Y tế, Sở Nội vụ.",
    # units that received an award with another, listed after "gồm:"
    "Khối thi đua số 79 tổ chức hội nghị. Dịp này, Công ty Xi măng Lạc Sơn được nhận cờ thi đua, cùng 4 đơn vị gồm: "
    "Công ty Tân Hà, công ty Than Bình An, Công ty cổ phần Đông Giang và Công ty Tây Lĩnh được UBND tỉnh tặng bằng khen.",
    # a count before names that it does not count, and a count of the places honoured
    "Cụm thi đua số 77 tổ chức hội nghị. Tham dự có đại diện 4 xã Hòa Lạc, Đông Sơn, Tây Hòa, Bình An, Minh Long.",
    "Cụm thi đua số 78 tổ chức hội nghị. Hội nghị đề nghị tặng Bằng khen cho 3 xã Hòa Lạc, Đông Sơn, Tây Hòa.",
]


@pytest.mark.parametrize("text", NOT_MEMBERS, ids=[str(i) for i in range(len(NOT_MEMBERS))])
def test_recipients_are_no_member_list(rec, text):
    assert rec(text)["cluster"]["members"] == []


def test_a_long_list_read_past_the_cut_of_an_overlong_sentence(rec):
    names = [f"Viện Nghiên cứu và Phát triển công nghệ vùng số {i}" for i in range(1, 14)]
    r = rec("Khối thi đua các Viện có 13 đơn vị, bao gồm: " + "; ".join(names) + ".")
    assert r["cluster"]["members"] == names


def test_a_unit_before_the_list_keeps_its_role_note(rec):
    r = rec("Cụm thi đua số 80 gồm Sở Y tế (Cụm trưởng) và các đơn vị: Sở Nội vụ, Sở Tư pháp, Thanh tra tỉnh.")
    assert r["cluster"]["chair"]["organization"] == "Sở Y tế"


def test_a_count_opening_the_list_of_names_it_counts_is_the_member_count(rec):
    r = rec("Chiều 13/3/2023, Cụm thi đua số 3 tổ chức Hội nghị ký kết giao ước thi đua năm 2023. Tham dự Hội nghị có "
            "đại diện 05 xã Hòa Lạc, Đông Sơn, Tây Hòa, Bình An, Minh Long.")
    assert r["cluster"]["member_count"] == 5


def test_a_number_in_the_list_introduction_that_counts_the_names_is_the_member_count(rec):
    r = rec("Ngày 23/1/2026, Cụm thi đua số 5 thuộc Cục Thuế gồm 6 Thuế tỉnh: Lạc Sơn, Tân Hà, Bình An, Đông Giang, "
            "Tây Lĩnh, Nam Khê tổ chức tổng kết công tác thi đua năm 2025.")
    assert r["cluster"]["members"] == ["Lạc Sơn", "Tân Hà", "Bình An", "Đông Giang", "Tây Lĩnh", "Nam Khê"]
    assert r["cluster"]["member_count"] == 6
    # a number that does not count the names is no count
    r = rec("Ngày 23/1/2026, Cụm thi đua số 5 thuộc Cục Thuế gồm 7 Thuế tỉnh: Lạc Sơn, Tân Hà, Bình An, Đông Giang, "
            "Tây Lĩnh, Nam Khê tổ chức tổng kết công tác thi đua năm 2025.")
    assert r["cluster"]["member_count"] is None
