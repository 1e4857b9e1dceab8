"""Award proposals and rankings in the phrasings of many portals (own sentences, invented units):
each sentence is read inside a short article about a cluster's year-end meeting. Awards received in the
past, a unit's own commendations to its staff and counted awards are no award of the meeting."""

import pytest

from tdkt_extract import extract

HEAD = 'Cụm thi đua số 6 tổng kết công tác thi đua, khen thưởng năm 2024\n\nNgày 10/1/2025, tại Sở Giao thông vận tải, Cụm thi đua số 6 tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.\n\n'

P = "proposed"
C = "conferred"

CASES = [
    ('Hội nghị đã suy tôn Sở Tài nguyên và Môi trường dẫn đầu Cụm thi đua năm 2024.',
     [],
     [(1, 'Sở Tài nguyên và Môi trường')]),
    ('Kết quả bình xét, Công ty Cổ phần Cơ khí An Phú xếp thứ nhất, Công ty TNHH Bao bì Tân Long xếp thứ nhì, Công ty Cổ phần Gạch men Hải Đăng xếp thứ ba.',
     [],
     [(1, 'Công ty Cổ phần Cơ khí An Phú'), (2, 'Công ty TNHH Bao bì Tân Long'), (3, 'Công ty Cổ phần Gạch men Hải Đăng')]),
    ('Các đơn vị đã bỏ phiếu suy tôn Trường Cao đẳng Kỹ thuật Lam Sơn là đơn vị dẫn đầu Khối thi đua.',
     [],
     [(1, 'Trường Cao đẳng Kỹ thuật Lam Sơn')]),
    ('Hai đơn vị dẫn đầu Cụm năm 2024 là Sở Y tế và Sở Giáo dục và Đào tạo.',
     [],
     [(1, 'Sở Y tế'), (1, 'Sở Giáo dục và Đào tạo')]),
    ('Xếp thứ nhất là Công ty Điện lực Sông Mã, thứ nhì là Công ty Cấp nước Sông Mã, thứ ba là Công ty Môi trường đô thị Sông Mã.',
     [],
     [(1, 'Công ty Điện lực Sông Mã'), (2, 'Công ty Cấp nước Sông Mã'), (3, 'Công ty Môi trường đô thị Sông Mã')]),
    ('Các đơn vị xếp hạng nhất, nhì, ba lần lượt là Bưu điện tỉnh Hà Tĩnh, Viễn thông Hà Tĩnh và Công ty Điện lực Hà Tĩnh.',
     [],
     [(1, 'Bưu điện tỉnh Hà Tĩnh'), (2, 'Viễn thông Hà Tĩnh'), (3, 'Công ty Điện lực Hà Tĩnh')]),
    ('Sở Tư pháp được suy tôn là đơn vị dẫn đầu Cụm thi đua, Sở Nội vụ là đơn vị xếp thứ hai.',
     [],
     [(1, 'Sở Tư pháp'), (2, 'Sở Nội vụ')]),
    ('Các đơn vị nhất trí suy tôn Trường THPT Chuyên Lê Khiết xếp thứ nhất, Trường THPT Trần Quốc Tuấn xếp thứ nhì.',
     [],
     [(1, 'Trường THPT Chuyên Lê Khiết'), (2, 'Trường THPT Trần Quốc Tuấn')]),
    ('Qua bình xét, Sở Công Thương và Sở Xây dựng được đề nghị UBND tỉnh tặng Cờ thi đua.',
     [('Sở Công Thương', 'Cờ thi đua', P), ('Sở Xây dựng', 'Cờ thi đua', P)],
     []),
    ('Hội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho Công ty Cổ phần Dược phẩm Minh Tâm.',
     [('Công ty Cổ phần Dược phẩm Minh Tâm', 'Bằng khen', P)],
     []),
    ('Các thành viên nhất trí đề nghị tặng Cờ thi đua của Chính phủ cho Bưu điện tỉnh Quảng Trị và Viễn thông Quảng Trị.',
     [('Bưu điện tỉnh Quảng Trị', 'Cờ thi đua của Chính phủ', P), ('Viễn thông Quảng Trị', 'Cờ thi đua của Chính phủ', P)],
     []),
    ('Cụm thống nhất đề nghị tặng Cờ thi đua của Bộ trưởng Bộ Tài chính cho Cục Hải quan tỉnh Lạng Sơn.',
     [('Cục Hải quan tỉnh Lạng Sơn', 'Cờ thi đua của Bộ trưởng Bộ Tài chính', P)],
     []),
    ('Hội nghị đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Trường Cao đẳng Nghề Sông Lam, Trường Trung cấp Y tế Đồng Xuân.',
     [('Trường Cao đẳng Nghề Sông Lam', 'Bằng khen', P), ('Trường Trung cấp Y tế Đồng Xuân', 'Bằng khen', P)],
     []),
    ('Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị:\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Sở Kế hoạch và Đầu tư.',
     [('Sở Nông nghiệp và Phát triển nông thôn', 'Cờ thi đua', P), ('Sở Kế hoạch và Đầu tư', 'Cờ thi đua', P)],
     []),
    ('Cụm đã bình xét, đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho 02 đơn vị:\n+ Công ty Cổ phần Môi trường Xanh;\n+ Công ty TNHH Nông sản Đại Phát.',
     [('Công ty Cổ phần Môi trường Xanh', 'Bằng khen của Chủ tịch UBND tỉnh', P), ('Công ty TNHH Nông sản Đại Phát', 'Bằng khen của Chủ tịch UBND tỉnh', P)],
     []),
    ('Hội nghị thống nhất đề nghị Bộ trưởng tặng Cờ thi đua của Bộ, Bằng khen của Bộ trưởng cho các đơn vị sau:\n\n• Cờ thi đua của Bộ: 2 đơn vị\n\n+ Viện Nghiên cứu Rau quả;\n\n+ Viện Thổ nhưỡng Nông hóa.\n\n• Bằng khen của Bộ trưởng: 1 đơn vị\n\n+ Viện Cơ điện nông nghiệp.',
     [('Viện Nghiên cứu Rau quả', 'Cờ thi đua của Bộ', P), ('Viện Thổ nhưỡng Nông hóa', 'Cờ thi đua của Bộ', P), ('Viện Cơ điện nông nghiệp', 'Bằng khen của Bộ trưởng', P)],
     []),
    ('Sở Y tế và Sở Nội vụ lần lượt được đề nghị tặng Cờ thi đua của Chính phủ và Cờ thi đua của UBND tỉnh.',
     [('Sở Y tế', 'Cờ thi đua của Chính phủ', P), ('Sở Nội vụ', 'Cờ thi đua của UBND tỉnh', P)],
     []),
    ('Hội nghị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho hai đơn vị dẫn đầu là Công ty Xổ số kiến thiết Bình Minh và Công ty Cổ phần Cấp thoát nước Bình Minh.',
     [('Công ty Xổ số kiến thiết Bình Minh', 'Cờ thi đua', P), ('Công ty Cổ phần Cấp thoát nước Bình Minh', 'Cờ thi đua', P)],
     [(1, 'Công ty Xổ số kiến thiết Bình Minh'), (1, 'Công ty Cổ phần Cấp thoát nước Bình Minh')]),
    ('Hội nghị đã bình xét, suy tôn Sở Tài chính (Cụm trưởng) dẫn đầu Cụm và đề nghị UBND tỉnh tặng Cờ thi đua.',
     [('Sở Tài chính', 'Cờ thi đua', P)],
     [(1, 'Sở Tài chính')]),
    ('Cụm đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho Sở Văn hóa, Thể thao và Du lịch và Sở Lao động - Thương binh và Xã hội.',
     [('Sở Văn hóa, Thể thao và Du lịch', 'Bằng khen của Chủ tịch UBND tỉnh', P), ('Sở Lao động - Thương binh và Xã hội', 'Bằng khen của Chủ tịch UBND tỉnh', P)],
     []),
    ('Với kết quả đó, Ban Quản lý các khu công nghiệp tỉnh được đề nghị tặng Cờ thi đua của Chính phủ, Sở Ngoại vụ được đề nghị tặng Bằng khen của Thủ tướng Chính phủ.',
     [('Ban Quản lý các khu công nghiệp tỉnh', 'Cờ thi đua của Chính phủ', P), ('Sở Ngoại vụ', 'Bằng khen của Thủ tướng Chính phủ', P)],
     []),
    ('Sở Kế hoạch và Đầu tư (đơn vị Cụm phó) được đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.',
     [('Sở Kế hoạch và Đầu tư', 'Bằng khen của Chủ tịch UBND tỉnh', P)],
     []),
    ('Hội nghị đã thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Nội vụ,\nSở Tư pháp và Thanh tra tỉnh.',
     [('Sở Nội vụ', 'Cờ thi đua', P), ('Sở Tư pháp', 'Cờ thi đua', P), ('Thanh tra tỉnh', 'Cờ thi đua', P)],
     []),
    ('Hội nghị đã bình xét và thống nhất đề nghị khen thưởng như sau: Cờ thi đua của UBND tỉnh: Sở Y tế; Bằng khen của Chủ tịch UBND tỉnh: Sở Nội vụ, Sở Tư pháp.',
     [('Sở Y tế', 'Cờ thi đua của UBND tỉnh', P), ('Sở Nội vụ', 'Bằng khen của Chủ tịch UBND tỉnh', P), ('Sở Tư pháp', 'Bằng khen của Chủ tịch UBND tỉnh', P)],
     []),
    ('Khối thi đua suy tôn Sở Công Thương là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua; suy tôn Sở Xây dựng và Sở Giao thông vận tải là đơn vị tiêu biểu, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.',
     [('Sở Công Thương', 'Cờ thi đua', P), ('Sở Xây dựng', 'Bằng khen', P), ('Sở Giao thông vận tải', 'Bằng khen', P)],
     [(1, 'Sở Công Thương')]),
    ('Cụm đề xuất Chủ tịch UBND tỉnh tặng Bằng khen cho Trung tâm Y tế huyện Lâm Hà.',
     [('Trung tâm Y tế huyện Lâm Hà', 'Bằng khen', P)],
     []),
    ('Cụm đã suy tôn Công an huyện Yên Lạc dẫn đầu phong trào thi đua “Vì an ninh Tổ quốc”, đề nghị Giám đốc Công an tỉnh tặng Cờ thi đua.',
     [('Công an huyện Yên Lạc', 'Cờ thi đua', P)],
     [(1, 'Công an huyện Yên Lạc')]),
    ('Ủy ban nhân dân huyện Đức Phổ được các đơn vị trong Cụm bình chọn dẫn đầu và đề nghị UBND tỉnh tặng Cờ thi đua năm 2024.',
     [('Ủy ban nhân dân huyện Đức Phổ', 'Cờ thi đua', P)],
     [(1, 'Ủy ban nhân dân huyện Đức Phổ')]),
    ('Qua bình xét, xã Tân Phú dẫn đầu Cụm, được đề nghị tặng Cờ của UBND huyện.',
     [('xã Tân Phú', 'Cờ của UBND huyện', P)],
     [(1, 'xã Tân Phú')]),
    ('Các đơn vị suy tôn xã Tân Phú đứng đầu Cụm, đề nghị Hội đồng thi đua huyện xét tặng cờ UBND tỉnh.',
     [('xã Tân Phú', 'cờ UBND tỉnh', P)],
     [(1, 'xã Tân Phú')]),
    ('Hội nghị thống nhất đề nghị Bộ Công an tặng danh hiệu Đơn vị dẫn đầu phong trào thi đua cho Phòng Cảnh sát giao thông.',
     [('Phòng Cảnh sát giao thông', 'Đơn vị dẫn đầu phong trào thi đua', P)],
     []),
    ('Tại hội nghị, Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã trao Cờ thi đua của UBND tỉnh cho Sở Tài chính và Sở Nội vụ.',
     [('Sở Tài chính', 'Cờ thi đua của UBND tỉnh', C), ('Sở Nội vụ', 'Cờ thi đua của UBND tỉnh', C)],
     []),
    ('Nhân dịp này, Sở Tài chính vinh dự đón nhận Cờ thi đua của Bộ Tài chính.',
     [('Sở Tài chính', 'Cờ thi đua của Bộ Tài chính', C)],
     []),
    ('Cụm trưởng đã trao Cờ luân lưu cho Sở Giao thông vận tải, đơn vị Cụm trưởng năm 2025.',
     [('Sở Giao thông vận tải', 'Cờ luân lưu', C)],
     []),
    ('Công ty TNHH May Thành Đạt nhận được 9/9 phiếu, được đề nghị tặng Cờ thi đua của Chính phủ.',
     [('Công ty TNHH May Thành Đạt', 'Cờ thi đua của Chính phủ', P)],
     []),
    ('Sở Nội vụ được suy tôn là Đơn vị dẫn đầu phong trào thi đua năm 2024.',
     [],
     [(1, 'Sở Nội vụ')]),
    ('Các đơn vị thống nhất suy tôn Bệnh viện Đa khoa huyện Kim Sơn và Trung tâm Y tế huyện Kim Sơn là đơn vị tiêu biểu, đề nghị Giám đốc Sở Y tế tặng Giấy khen.',
     [('Bệnh viện Đa khoa huyện Kim Sơn', 'Giấy khen', P), ('Trung tâm Y tế huyện Kim Sơn', 'Giấy khen', P)],
     []),
    ('Hội nghị đã bình xét và đề nghị UBND tỉnh tặng Cờ thi đua cho Công ty Cổ phần Nhựa Phú Lâm - đơn vị Cụm trưởng năm 2024.',
     [('Công ty Cổ phần Nhựa Phú Lâm', 'Cờ thi đua', P)],
     []),
    ('Kết quả, 3 đơn vị được đề nghị tặng Cờ thi đua của UBND tỉnh là Sở Tư pháp, Sở Nội vụ và Văn phòng UBND tỉnh.',
     [('Sở Tư pháp', 'Cờ thi đua của UBND tỉnh', P), ('Sở Nội vụ', 'Cờ thi đua của UBND tỉnh', P), ('Văn phòng UBND tỉnh', 'Cờ thi đua của UBND tỉnh', P)],
     []),
    ('Hội nghị đã suy tôn Huyện ủy Tam Nông dẫn đầu Cụm thi đua và đề nghị Ban Thường vụ Tỉnh ủy tặng Cờ thi đua.',
     [('Huyện ủy Tam Nông', 'Cờ thi đua', P)],
     [(1, 'Huyện ủy Tam Nông')]),
    ('Hội nghị suy tôn Sở Y tế là đơn vị tiêu biểu, đề nghị các đơn vị học tập kinh nghiệm.',
     [],
     []),
    ('Các đơn vị trong Cụm đã đăng ký danh hiệu Cờ thi đua của UBND tỉnh năm 2025.',
     [],
     []),
    ('Năm 2024, Sở Y tế đã tặng Bằng khen cho Phòng Nghiệp vụ Y và Trung tâm Kiểm soát bệnh tật.',
     [],
     []),
    ('Các đơn vị trong Cụm đã đề nghị cấp trên khen thưởng cho 120 tập thể, cá nhân; trong đó có 3 Cờ thi đua của Chính phủ.',
     [],
     []),
    ('Năm 2024, Sở Y tế đã được Chính phủ tặng Cờ thi đua.',
     [],
     []),
    ('Trong năm, các đơn vị trong Cụm đã tặng 50 Bằng khen cho các tập thể và cá nhân.',
     [],
     []),
    ('Sở Tư pháp đã tặng Giấy khen cho 15 tập thể, 40 cá nhân có thành tích xuất sắc.',
     [],
     []),
    ('Năm qua, Công ty Cổ phần Cơ khí An Phú vinh dự được Chủ tịch nước tặng Huân chương Lao động hạng Ba.',
     [],
     []),
    ('Nhiều năm liền, Trường Cao đẳng Y tế Đồng Xuân được tặng Cờ thi đua của UBND tỉnh.',
     [],
     []),
    ('Trong 5 năm qua, Cụm có 12 tập thể được tặng Bằng khen của Thủ tướng Chính phủ.',
     [],
     []),
    ('Các đơn vị trong Cụm đã đề nghị cấp trên tặng 25 Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc.',
     [],
     []),
    ('Dịp này, Giám đốc Sở Xây dựng đã trao Giấy khen cho 10 tập thể và 25 cá nhân của Sở.',
     [],
     []),
    ('Sở Y tế tiếp tục dẫn đầu cả nước về chỉ số cải cách hành chính.',
     [],
     []),
    ('Thời gian qua, Công ty Điện lực Sông Mã đã được UBND tỉnh tặng nhiều Bằng khen.',
     [],
     []),
    ('Trước đó, Sở Nội vụ đã được Thủ tướng Chính phủ tặng Bằng khen vì thành tích xuất sắc.',
     [],
     []),
]


@pytest.mark.parametrize("sentence,awards,rankings", CASES)
def test_award_and_ranking_phrasings(sentence, awards, rankings):
    r = extract(HEAD + sentence).model_dump(mode="json")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == awards
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == rankings


def test_a_headline_naming_the_leader_is_a_ranking():
    r = extract("Công ty Cổ phần Thép Nam Hà (NHS) dẫn đầu\n\n" + HEAD.split("\n\n", 1)[1]
                + "Hội nghị đã thông qua báo cáo tổng kết năm 2024.").model_dump(mode="json")
    assert [(x["rank"], x["organization"]) for x in r["rankings"]] == [(1, "Công ty Cổ phần Thép Nam Hà")]
    r = extract("Cụm thi đua số 6 dẫn đầu phong trào thi đua của tỉnh\n\n" + HEAD.split("\n\n", 1)[1]).model_dump(mode="json")
    assert r["rankings"] == []


# a list under numbers that ends where the lines stop being units; counted items and a lead-in with no list give none
MORE = [
    ('Trước đó, hội nghị đã nghe báo cáo tổng kết. Tại hội nghị, Sở Y tế được Chủ tịch UBND tỉnh trao Cờ thi đua.',
     [('Sở Y tế', 'Cờ thi đua', C)],
     []),
    ('Hội nghị bình xét, suy tôn 2 đơn vị dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua gồm: Sở Tài chính và Kho bạc Nhà nước tỉnh.',
     [('Sở Tài chính', 'Cờ thi đua', P), ('Kho bạc Nhà nước tỉnh', 'Cờ thi đua', P)],
     [(1, 'Sở Tài chính'), (1, 'Kho bạc Nhà nước tỉnh')]),
    ('Hội nghị thống nhất đề nghị tặng Cờ thi đua cho các đơn vị sau:\n1. Trường Tiểu học Hòa Bình;\n2. Trường THCS Nguyễn Du.\nHội nghị kết thúc lúc 11 giờ.',
     [('Trường Tiểu học Hòa Bình', 'Cờ thi đua', P), ('Trường THCS Nguyễn Du', 'Cờ thi đua', P)],
     []),
    ('Các đơn vị đã đề nghị tặng Bằng khen cho các tập thể sau:\n- 15 tập thể lao động xuất sắc;\n- 40 cá nhân.',
     [],
     []),
    ('Cụm đề nghị UBND tỉnh tặng Cờ thi đua cho các đơn vị:\nTrong năm 2024, Cụm đã triển khai nhiều phong trào.',
     [],
     []),
    ('Năm qua, Cụm đã ký kết giao ước thi đua với nhiều nội dung thiết thực.',
     [],
     []),
    # a counted list on the same line, after a colon; and a second award of the clause after "và đề nghị"
    ('Hội nghị nhất trí đề nghị tặng Cờ thi đua cho Sở Y tế và đề nghị tặng Bằng khen cho 03 đơn vị: Sở Nội vụ, Sở Tư pháp, Sở Tài chính.',
     [('Sở Y tế', 'Cờ thi đua', P), ('Sở Nội vụ', 'Bằng khen', P), ('Sở Tư pháp', 'Bằng khen', P), ('Sở Tài chính', 'Bằng khen', P)],
     []),
    # the unit the places share, then their kind and a colon: the places are the recipients, as written
    ('Hội nghị đề nghị tặng Bằng khen cho 03 đơn vị Ủy ban MTTQ các huyện: Lạc Sơn, Tân Hà, Bình An.',
     [('Lạc Sơn', 'Bằng khen', P), ('Tân Hà', 'Bằng khen', P), ('Bình An', 'Bằng khen', P)],
     []),
    # a second award of the clause after "và tặng"; an award that names the merit it honours
    ('Hội nghị đã thống nhất đề nghị tặng Cờ thi đua xuất sắc cho Huyện ủy Lạc Sơn và tặng Bằng khen đơn vị hoàn thành xuất sắc nhiệm vụ năm 2024 cho Thị ủy Tân Hà và Huyện ủy Bình An.',
     [('Huyện ủy Lạc Sơn', 'Cờ thi đua xuất sắc', P), ('Thị ủy Tân Hà', 'Bằng khen đơn vị hoàn thành xuất sắc nhiệm vụ', P),
      ('Huyện ủy Bình An', 'Bằng khen đơn vị hoàn thành xuất sắc nhiệm vụ', P)],
     []),
    # a rank as the cluster's label before each unit; the leading flag of the unit chosen
    ('Hội nghị đã bình xét khen thưởng các đơn vị như sau: Nhất cụm: thị trấn Lạc Sơn; Nhì cụm: xã Hòa An; Ba cụm: xã Tân Hà.',
     [],
     [(1, 'thị trấn Lạc Sơn'), (2, 'xã Hòa An'), (3, 'xã Tân Hà')]),
    ('Tại hội nghị đã bình xét, suy tôn đơn vị Tân Hà đạt danh hiệu: “Lá cờ đầu”, 09 đơn vị hoàn thành tốt nhiệm vụ.',
     [],
     [(1, 'Tân Hà')]),
    # ... or no colon, places the gazetteer knows
    ('Hội nghị đề nghị tặng Bằng khen cho Công an các huyện Ba Tơ, Minh Long và Trà Bồng.',
     [('Ba Tơ', 'Bằng khen', P), ('Minh Long', 'Bằng khen', P), ('Trà Bồng', 'Bằng khen', P)],
     []),
]


@pytest.mark.parametrize("sentence,awards,rankings", MORE)
def test_lists_and_what_is_not_an_award_of_the_meeting(sentence, awards, rankings):
    test_award_and_ranking_phrasings(sentence, awards, rankings)


@pytest.mark.parametrize("sentence,awards", [
    ("Cờ thi đua của UBND tỉnh được đề nghị tặng cho Sở Y tế.", [("Sở Y tế", "Cờ thi đua của UBND tỉnh", P)]),
    ("Tại hội nghị, Cờ thi đua của Bộ Tài chính được trao cho Cục Thuế tỉnh.", [("Cục Thuế tỉnh", "Cờ thi đua của Bộ Tài chính", C)]),
    ("Tại hội nghị, Bằng khen của Chủ tịch UBND tỉnh được trao cho 5 tập thể.", []),
])
def test_the_award_as_the_subject(sentence, awards):
    r = extract(HEAD + sentence).model_dump(mode="json")
    assert [(a["recipient"], a["award"], a["status"]) for a in r["awards"]] == awards
