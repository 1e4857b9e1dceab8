"""People on phrasings of provincial and sector portals: one invented sentence each, set in a short
article (headline, lead, the sentence). Names, units and places are made up."""
import pytest

from tdkt_extract import extract

HEAD = ("Cụm thi đua số 5 tổng kết công tác thi đua, khen thưởng năm 2024\n\n"
        "Ngày 10/1/2025, tại thành phố Hòa Bình, Cụm thi đua số 5 tỉnh Hòa Bình tổ chức hội nghị tổng kết "
        "công tác thi đua, khen thưởng năm 2024.\n\n")


def people(sentence: str) -> dict:
    r = extract(HEAD + sentence + "\n\nHội nghị kết thúc cùng ngày.\n").model_dump(mode="json")
    return {p["name"]: p for p in r["people"]}


CO, ONG, BA = "đồng chí", "ông", "bà"

# (sentence, name, honorific, title, roles)
CASES = [
    ("Đồng chí Nguyễn Văn Hùng, Tỉnh ủy viên, Giám đốc Sở Xây dựng, Cụm trưởng chủ trì hội nghị.",
     "Nguyễn Văn Hùng", CO, "Tỉnh ủy viên, Giám đốc Sở Xây dựng, Cụm trưởng", ["presided"]),
    # a verb first, the people after "có" ("Chủ trì hội nghị có ...")
    ("Chủ trì hội nghị có ông Trần Minh Khôi, Giám đốc Sở Tài chính, Cụm trưởng Cụm thi đua số 5.",
     "Trần Minh Khôi", ONG, "Giám đốc Sở Tài chính, Cụm trưởng Cụm thi đua số 5", ["presided"]),
    ("Phát biểu tại hội nghị có bà Lê Thị Mận, Phó Chủ tịch UBND tỉnh.",
     "Lê Thị Mận", BA, "Phó Chủ tịch UBND tỉnh", ["spoke"]),
    ("Tham dự hội nghị có bà Tạ Thị Thu Vân, Phó Trưởng ban Thi đua - Khen thưởng tỉnh; ông Phạm Quốc Bảo, Chánh Văn phòng Sở Nội vụ.",
     "Phạm Quốc Bảo", ONG, "Chánh Văn phòng Sở Nội vụ", ["attended"]),
    ("Dự và chỉ đạo hội nghị có đồng chí Hoàng Văn Tâm, Phó Chủ tịch UBND tỉnh.",
     "Hoàng Văn Tâm", CO, "Phó Chủ tịch UBND tỉnh", ["attended", "spoke"]),
    ("Phát biểu tại hội nghị, ông Đặng Hữu Lộc, Giám đốc Sở Công Thương khẳng định kết quả năm 2024 rất đáng ghi nhận.",
     "Đặng Hữu Lộc", ONG, "Giám đốc Sở Công Thương", ["spoke"]),
    ("Theo bà Vũ Thị Mai Anh, Trưởng phòng Thi đua, năm 2024 các đơn vị đã hoàn thành tốt nhiệm vụ.",
     "Vũ Thị Mai Anh", BA, "Trưởng phòng Thi đua", ["spoke"]),
    ("Ông Ngô Văn Thắng và bà Đỗ Thị Lan đồng chủ trì hội nghị.", "Ngô Văn Thắng", ONG, None, ["presided"]),
    ("Ông Ngô Văn Thắng và bà Đỗ Thị Lan đồng chủ trì hội nghị.", "Đỗ Thị Lan", BA, None, ["presided"]),
    ("Đ/c Bùi Xuân Trường, Phó Giám đốc Sở Y tế phát biểu tại hội nghị.",
     "Bùi Xuân Trường", CO, "Phó Giám đốc Sở Y tế", ["spoke"]),
    ("Đến dự hội nghị có đ/c Lý Văn Sơn, Bí thư Đảng ủy Sở Tư pháp.", "Lý Văn Sơn", CO, "Bí thư Đảng ủy Sở Tư pháp", ["attended"]),
    ("Thượng tá Trịnh Văn Nam, Phó Giám đốc Công an tỉnh, Trưởng Cụm chủ trì hội nghị.",
     "Trịnh Văn Nam", None, "Phó Giám đốc Công an tỉnh, Trưởng Cụm", ["presided"]),
    ("PGS.TS Nguyễn Thanh Bình, Hiệu trưởng Trường Đại học Tây Bắc phát biểu khai mạc hội nghị.",
     "Nguyễn Thanh Bình", None, "Hiệu trưởng Trường Đại học Tây Bắc", ["spoke"]),
    ("ThS. Lục Văn Phước, Giám đốc Trung tâm Y tế huyện Lạc Sơn trình bày báo cáo tổng kết.",
     "Lục Văn Phước", None, "Giám đốc Trung tâm Y tế huyện Lạc Sơn", ["reported"]),
    # presenting a document to the meeting ("thông qua bản đăng ký / chỉ thị") is reporting
    ("Đồng chí Lê Văn Hòa – Cụm phó thông qua bản đăng ký tổng hợp đăng ký thi đua của các đơn vị.",
     "Lê Văn Hòa", CO, "Cụm phó", ["reported"]),
    ("Tại hội nghị, đồng chí Trần Minh Khang, Chủ tịch UBND xã Tân Hà đã thông qua Chỉ thị số 01/CT-UBND của UBND huyện.",
     "Trần Minh Khang", CO, "Chủ tịch UBND xã Tân Hà", ["reported"]),
    # a verb that gives no role ends the title
    ("Đồng chí Trần Văn Hùng, Phó Chính ủy Bộ Chỉ huy quân sự tỉnh phê duyệt nội dung thi đua của cụm.",
     "Trần Văn Hùng", CO, "Phó Chính ủy Bộ Chỉ huy quân sự tỉnh", []),
    ("Thầy Trần Văn Tú, Hiệu trưởng dẫn đầu đoàn công tác của trường.",
     "Trần Văn Tú", None, "Hiệu trưởng", []),
    ("Ông Cao Văn Đức – Phó Chủ tịch UBND tỉnh – phát biểu chỉ đạo hội nghị.",
     "Cao Văn Đức", ONG, "Phó Chủ tịch UBND tỉnh", ["spoke"]),
    ("Đại diện lãnh đạo Ban Thi đua – Khen thưởng tỉnh, ông Tạ Quang Huy báo cáo kết quả chấm điểm.",
     "Tạ Quang Huy", ONG, None, ["reported"]),
    ("Tham dự hội nghị có ông Y Moan Niê, Phó Giám đốc Sở Nội vụ tỉnh Đắk Lắk.",
     "Y Moan Niê", ONG, "Phó Giám đốc Sở Nội vụ tỉnh Đắk Lắk", ["attended"]),
    ("Ông Khổng Văn Toản (Giám đốc Sở Giao thông vận tải) phát biểu chỉ đạo hội nghị.",
     "Khổng Văn Toản", ONG, "Giám đốc Sở Giao thông vận tải", ["spoke"]),
    ("Bà Trương Thị Hồng Nhung, Phó Giám đốc Sở Lao động - Thương binh và Xã hội đã trình bày báo cáo tổng kết.",
     "Trương Thị Hồng Nhung", BA, "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", ["reported"]),
    ("Hội nghị được nghe đồng chí Mai Văn Quý, Phó Giám đốc Sở Kế hoạch và Đầu tư, Cụm phó trình bày báo cáo tổng kết.",
     "Mai Văn Quý", CO, "Phó Giám đốc Sở Kế hoạch và Đầu tư, Cụm phó", ["reported"]),
    ("Kết luận hội nghị, đồng chí Lương Văn Hải, Giám đốc Sở Nội vụ đề nghị các đơn vị tiếp tục đổi mới.",
     "Lương Văn Hải", CO, "Giám đốc Sở Nội vụ", ["spoke"]),
    ("Thiếu tá Hà Văn Chung, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự hội nghị.",
     "Hà Văn Chung", None, "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", ["attended"]),
    ("Đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh dự và phát biểu chỉ đạo hội nghị.",
     "Đinh Công Sứ", CO, "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh", ["attended", "spoke"]),
    ("Tham dự có đồng chí Vàng Seo Páo, Phó Chủ tịch HĐND tỉnh; đồng chí Sùng A Chứ, Phó Giám đốc Sở Nội vụ.",
     "Sùng A Chứ", CO, "Phó Giám đốc Sở Nội vụ", ["attended"]),
    ("Phát biểu chỉ đạo, đồng chí Quách Thị Hạnh, Phó Chủ tịch UBND tỉnh ghi nhận những kết quả mà Cụm đạt được.",
     "Quách Thị Hạnh", CO, "Phó Chủ tịch UBND tỉnh", ["spoke"]),
    ("Tại hội nghị, bà Hồ Thị Kim Thoa, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Cụm trưởng Cụm thi đua số 5 năm 2024 "
     "đã báo cáo kết quả hoạt động của Cụm trong năm 2024.",
     "Hồ Thị Kim Thoa", BA, "Giám đốc Sở Văn hóa, Thể thao và Du lịch, Cụm trưởng Cụm thi đua số 5 năm 2024", ["reported"]),
    ("Ông Triệu Văn Lâm, Phó Giám đốc Sở Tài nguyên và Môi trường, Cụm phó Cụm thi đua số 5 thông qua dự thảo báo cáo tổng kết.",
     "Triệu Văn Lâm", ONG, "Phó Giám đốc Sở Tài nguyên và Môi trường, Cụm phó Cụm thi đua số 5", ["reported"]),
    ("Đồng chí Nông Văn Bình - Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh phát biểu chỉ đạo.",
     "Nông Văn Bình", CO, "Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua - Khen thưởng tỉnh", ["spoke"]),
    ("Hội nghị có sự tham dự của ông Âu Văn Tín, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.",
     "Âu Văn Tín", ONG, "Phó Trưởng Ban Thi đua - Khen thưởng tỉnh", ["attended"]),
    ("Tới dự có ông Kiều Văn Sang, Chủ tịch Liên đoàn Lao động tỉnh và bà Mạc Thị Hoa, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
     "Mạc Thị Hoa", BA, "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", ["attended"]),
    ("Đại tá Lò Văn Pấng, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì hội nghị.",
     "Lò Văn Pấng", None, "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh", ["presided"]),
    ("Ông Phí Văn Long, Giám đốc Sở Nội vụ cho biết năm 2024 toàn tỉnh có 12 tập thể được tặng Cờ thi đua.",
     "Phí Văn Long", ONG, "Giám đốc Sở Nội vụ", ["spoke"]),
    ("Hội nghị đã nghe ông Tăng Văn Phú, Phó Giám đốc Sở Thông tin và Truyền thông báo cáo tóm tắt kết quả năm 2024.",
     "Tăng Văn Phú", ONG, "Phó Giám đốc Sở Thông tin và Truyền thông", ["reported"]),
    ("Đồng chí Thái Văn Hòa, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo; đồng chí Quan Văn Thịnh, Giám đốc Sở Nội vụ phát biểu kết luận.",
     "Quan Văn Thịnh", CO, "Giám đốc Sở Nội vụ", ["spoke"]),
    ("Ông Đàm Quang Minh, Giám đốc Sở Tư pháp, Trưởng Cụm phát biểu khai mạc hội nghị.",
     "Đàm Quang Minh", ONG, "Giám đốc Sở Tư pháp, Trưởng Cụm", ["spoke"]),
    # the verb far past a long title and an aside
    ("Ông Nguyễn Văn Hải, Giám đốc Sở Xây dựng tỉnh Hòa Bình, Cụm trưởng Cụm thi đua số 5 năm 2024, sau khi tổng hợp ý kiến "
     "của các đơn vị thành viên trong Cụm đã phát biểu bế mạc hội nghị.",
     "Nguyễn Văn Hải", ONG, "Giám đốc Sở Xây dựng tỉnh Hòa Bình, Cụm trưởng Cụm thi đua số 5 năm 2024", ["spoke"]),
    ("Đồng chí Hà Văn Tuấn, Phó Chủ tịch UBND tỉnh, đại biểu Bộ Chỉ huy Quân sự tỉnh, lãnh đạo các sở, ngành cùng Thường trực "
     "các đơn vị trong Cụm đã về dự.",
     "Hà Văn Tuấn", CO, "Phó Chủ tịch UBND tỉnh", ["attended"]),
    ("Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lê Minh Trí làm Trưởng đoàn đại biểu tỉnh Hòa Bình cùng tham dự hội nghị.",
     "Lê Minh Trí", None, "Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh", ["attended"]),
    # an honorific followed by a colon
    ("Tham dự có đồng chí: Lò Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đơn vị thành viên của Cụm.",
     "Lò Văn Khánh", CO, "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh", ["attended"]),
    # a title before the name, a dash between them, an abbreviation's dot inside the title
    ("Đến dự có Trưởng đại diện Văn phòng Bộ Tư pháp tại TP.HCM – Nguyễn Văn Lực và Phó Chủ tịch UBND tỉnh – Phan Văn Đông.",
     "Nguyễn Văn Lực", None, "Trưởng đại diện Văn phòng Bộ Tư pháp tại TP.HCM", ["attended"]),
    ("Đến dự có Trưởng đại diện Văn phòng Bộ Tư pháp tại TP.HCM – Nguyễn Văn Lực và Phó Chủ tịch UBND tỉnh – Phan Văn Đông.",
     "Phan Văn Đông", None, "Phó Chủ tịch UBND tỉnh", ["attended"]),
    # "Ban Thi đua, khen thưởng" written with a comma; a duty after the position; a separator left out
    ("Tham dự có bà Nguyễn Thị Xuân Mai – Phó Chủ tịch – Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh, bà Lê Thị Hoa "
     "Ủy viên Thường vụ Hội Nông dân tỉnh, bà Trần Thị Lụa - Ủy viên Thường vụ Hội Nông dân tỉnh, phụ trách cụm 3.",
     "Nguyễn Thị Xuân Mai", BA, "Phó Chủ tịch - Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh", ["attended"]),
    ("Tham dự có bà Nguyễn Thị Xuân Mai – Phó Chủ tịch – Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh, bà Lê Thị Hoa "
     "Ủy viên Thường vụ Hội Nông dân tỉnh, bà Trần Thị Lụa - Ủy viên Thường vụ Hội Nông dân tỉnh, phụ trách cụm 3.",
     "Lê Thị Hoa", BA, "Ủy viên Thường vụ Hội Nông dân tỉnh", ["attended"]),
    ("Tham dự có bà Nguyễn Thị Xuân Mai – Phó Chủ tịch – Trưởng Ban Thi đua, khen thưởng Hội Nông dân tỉnh, bà Lê Thị Hoa "
     "Ủy viên Thường vụ Hội Nông dân tỉnh, bà Trần Thị Lụa - Ủy viên Thường vụ Hội Nông dân tỉnh, phụ trách cụm 3.",
     "Trần Thị Lụa", BA, "Ủy viên Thường vụ Hội Nông dân tỉnh, phụ trách cụm 3", ["attended"]),
    # the unit's cluster role ends the title: the lower-case words after it are the next clause
    ("Đồng chí Phạm Thị Thu, Chủ tịch Hội Nông dân xã Tân Lập, cụm trưởng ôn lại truyền thống 94 năm Ngày thành lập Hội.",
     "Phạm Thị Thu", CO, "Chủ tịch Hội Nông dân xã Tân Lập, cụm trưởng", ["spoke"]),  # ôn lại truyền thống: a speech
    # (presenting gifts, like handing over ("trao"), shows her at the meeting: attended)
    ("Đồng chí Phạm Thị Thu, Chủ tịch Hội Nông dân xã Tân Lập, cụm trưởng tặng quà cho các hội viên.",
     "Phạm Thị Thu", CO, "Chủ tịch Hội Nông dân xã Tân Lập, cụm trưởng", ["attended"]),
    # the unit's cluster role after "đại diện đơn vị" stays in the title (annotation.md)
    ("Bà Hứa Thị Lan, Giám đốc Kho bạc Nhà nước tỉnh - đại diện đơn vị Cụm phó trình bày báo cáo.",
     "Hứa Thị Lan", BA, "Giám đốc Kho bạc Nhà nước tỉnh - đại diện đơn vị Cụm phó", ["reported"]),
    ("Giám đốc Sở Y tế Tạ Văn Hòa đại diện đơn vị Cụm trưởng phát biểu.",
     "Tạ Văn Hòa", None, "Giám đốc Sở Y tế", ["spoke"]),
    ("Ông Tạ Văn Hòa, Giám đốc Sở Y tế đại diện các đơn vị thành viên phát biểu.",
     "Tạ Văn Hòa", ONG, "Giám đốc Sở Y tế", ["spoke"]),
    # an act of an earlier time gives no role
    ("Năm 2020, ông Nguyễn Văn Cường, nguyên Giám đốc Sở Nông nghiệp từng phát biểu tại hội nghị của Cụm.",
     "Nguyễn Văn Cường", ONG, "nguyên Giám đốc Sở Nông nghiệp", []),
    ("Ông Lưu Văn Kha, Giám đốc Sở Tài chính, khi còn là Cụm trưởng năm 2022 đã từng chủ trì hội nghị tại huyện Mai Châu.",
     "Lưu Văn Kha", ONG, "Giám đốc Sở Tài chính", []),
    # what someone said others did is not his act (his saying it is: he spoke)
    ("Ông Vi Văn Ngọc, Giám đốc Sở Nội vụ, cho rằng thời gian qua các đơn vị đã báo cáo đầy đủ, kịp thời.",
     "Vi Văn Ngọc", ONG, "Giám đốc Sở Nội vụ", ["spoke"]),
    # shown acting at the meeting: attended, unless a verb gives a role
    ("Thay mặt Cụm thi đua, đồng chí Lã Thị Thanh, Giám đốc Sở Ngoại vụ trao Cờ thi đua cho các đơn vị.",
     "Lã Thị Thanh", CO, "Giám đốc Sở Ngoại vụ", ["attended"]),
    ("Đồng chí Hầu A Lềnh, Phó Bí thư Tỉnh ủy dự và trao Cờ thi đua cho các đơn vị.",
     "Hầu A Lềnh", CO, "Phó Bí thư Tỉnh ủy", ["attended"]),
    ("Đồng chí Triệu Thị Dung, Giám đốc Sở Y tế, Cụm trưởng chủ trì hội nghị và trao Cờ thi đua cho các đơn vị.",
     "Triệu Thị Dung", CO, "Giám đốc Sở Y tế, Cụm trưởng", ["presided"]),
    ("Ông Kim Văn Đạt, Phó Giám đốc Sở Nội vụ trao đổi kinh nghiệm với các đơn vị.",
     "Kim Văn Đạt", ONG, "Phó Giám đốc Sở Nội vụ", []),
    ("Bà H'Yim Kđoh, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh dự hội nghị.",
     "H'Yim Kđoh", BA, "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", ["attended"]),
    ("Hội nghị do ông Nguyễn Đức Thịnh, Giám đốc Sở Y tế, Cụm trưởng chủ trì.",
     "Nguyễn Đức Thịnh", ONG, "Giám đốc Sở Y tế, Cụm trưởng", ["presided"]),
    # verb first, then a colon and a list
    ("Chủ trì hội nghị: ông Phùng Văn Quang – Giám đốc Sở Nội vụ; bà Trần Thị Vân – Phó Giám đốc Sở Nội vụ.",
     "Trần Thị Vân", BA, "Phó Giám đốc Sở Nội vụ", ["presided"]),
    ("Chủ trì hội nghị là đồng chí Đoàn Văn Tú, Chánh án Tòa án nhân dân tỉnh, Trưởng Cụm thi đua.",
     "Đoàn Văn Tú", CO, "Chánh án Tòa án nhân dân tỉnh, Trưởng Cụm thi đua", ["presided"]),
    ("Ông Hoàng Minh Sơn, Giám đốc Sở Y tế (Cụm trưởng) chủ trì hội nghị.",
     "Hoàng Minh Sơn", ONG, "Giám đốc Sở Y tế", ["presided"]),
    ("Về phía Cụm có ông Lê Quang Vinh, Giám đốc Sở Giáo dục và Đào tạo.",
     "Lê Quang Vinh", ONG, "Giám đốc Sở Giáo dục và Đào tạo", ["attended"]),
    ("Đồng chí Trần Văn Hòa (Phó Giám đốc Sở Tài chính) cùng dự hội nghị.",
     "Trần Văn Hòa", CO, "Phó Giám đốc Sở Tài chính", ["attended"]),
    ("Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Bùi Đức Hinh đánh giá cao kết quả của Cụm.",
     "Bùi Đức Hinh", None, "Phó Chủ tịch UBND tỉnh", ["spoke"]),
    # a position before the name is the title; one after it counts only where none precedes
    ("Giám đốc Sở Tài chính Đinh Thị Thủy, Cụm trưởng chủ trì hội nghị.",
     "Đinh Thị Thủy", None, "Giám đốc Sở Tài chính", ["presided"]),
    ("Nhà giáo Ưu tú Trần Thị Hồng, Hiệu trưởng Trường THPT Chuyên Hoàng Văn Thụ phát biểu.",
     "Trần Thị Hồng", None, "Hiệu trưởng Trường THPT Chuyên Hoàng Văn Thụ", ["spoke"]),
    ("Ông Nguyễn Văn Sáu, nguyên Phó Chủ tịch UBND tỉnh, cùng đại diện các đơn vị dự hội nghị.",
     "Nguyễn Văn Sáu", ONG, "nguyên Phó Chủ tịch UBND tỉnh", ["attended"]),
    # bare names after "các đồng chí", one verb for all
    ("Các đồng chí Nguyễn Văn Bảy, Trần Văn Tám và Lê Văn Chín dự hội nghị.", "Nguyễn Văn Bảy", CO, None, ["attended"]),
    ("Các đồng chí Nguyễn Văn Bảy, Trần Văn Tám và Lê Văn Chín dự hội nghị.", "Lê Văn Chín", None, None, ["attended"]),
    # a past act told inside a quotation: not present
    ('Ông Lê Văn Bình cho biết: "Năm 2019, đồng chí Vũ Văn Hà, Giám đốc Sở Tư pháp, đã chủ trì hội nghị đầu tiên của Cụm".',
     "Vũ Văn Hà", CO, "Giám đốc Sở Tư pháp", []),
    ('Ông Lê Văn Bình cho biết: "Năm 2019, đồng chí Vũ Văn Hà, Giám đốc Sở Tư pháp, đã chủ trì hội nghị đầu tiên của Cụm".',
     "Lê Văn Bình", ONG, None, ["spoke"]),
    # a title stops before a verb that opens the next clause (a guest briefing the meeting: spoke)
    ("Đại diện Ban Thi đua - Khen thưởng tỉnh, bà Nguyễn Thị Hồng Vân, Trưởng phòng Nghiệp vụ thi đua hướng dẫn một số nội dung mới.",
     "Nguyễn Thị Hồng Vân", BA, "Trưởng phòng Nghiệp vụ thi đua", ["spoke"]),
    ("Ông Ksor Phước, Phó Chủ tịch UBND huyện Ia Grai phát biểu tại hội nghị.",
     "Ksor Phước", ONG, "Phó Chủ tịch UBND huyện Ia Grai", ["spoke"]),
    ("Đồng chí Thiếu tướng Phạm Văn Hòa, Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị.",
     "Phạm Văn Hòa", CO, "Giám đốc Công an tỉnh", ["spoke"]),
    ("Ông Lê Hà, Giám đốc Sở Tư pháp chủ trì hội nghị.", "Lê Hà", ONG, "Giám đốc Sở Tư pháp", ["presided"]),
    ("Phát biểu kết luận hội nghị, Giám đốc Sở Y tế, Cụm trưởng Nguyễn Văn Khoa đề nghị các đơn vị tiếp tục phát huy.",
     "Nguyễn Văn Khoa", None, "Giám đốc Sở Y tế, Cụm trưởng", ["spoke"]),
    ("Với sự tham dự của đồng chí Lê Thị Kim Chi, Phó Chủ tịch UBND tỉnh, hội nghị đã thống nhất suy tôn Sở Y tế dẫn đầu Cụm.",
     "Lê Thị Kim Chi", CO, "Phó Chủ tịch UBND tỉnh", ["attended"]),
    ("Ông Hồ Văn Mười, Chủ tịch Hội Cựu chiến binh tỉnh, đã thay mặt Cụm trao Cờ luân lưu cho đơn vị Cụm trưởng năm 2025.",
     "Hồ Văn Mười", ONG, "Chủ tịch Hội Cựu chiến binh tỉnh", ["attended"]),
    ("Hội nghị vinh dự được đón đồng chí Nguyễn Văn Phú, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy đến dự và chỉ đạo.",
     "Nguyễn Văn Phú", CO, "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy", ["attended", "spoke"]),
    ("Chủ trì hội nghị có đồng chí Nguyễn Văn An, Giám đốc Sở Tài chính, Trưởng Cụm và đồng chí Lê Văn Bắc, Giám đốc Sở Y tế, Phó Trưởng Cụm.",
     "Lê Văn Bắc", CO, "Giám đốc Sở Y tế, Phó Trưởng Cụm", ["presided"]),
    ("Bà Dương Thị Hằng, Phó Giám đốc Sở Y tế thay mặt Cụm trưởng báo cáo tổng kết công tác thi đua năm 2024.",
     "Dương Thị Hằng", BA, "Phó Giám đốc Sở Y tế", ["reported"]),
    # anh, chị, thầy, cô before a name: a person, honorific null
    ("Dịp này, Cụm trao nhà tình nghĩa cho gia đình chị Vi Thị Diệu, công nhân Nông trường Tân Lập và anh Điểu Lâm, công nhân tổ 5.",
     "Vi Thị Diệu", None, None, []),
    ("Dịp này, Cụm trao nhà tình nghĩa cho gia đình chị Vi Thị Diệu, công nhân Nông trường Tân Lập và anh Điểu Lâm, công nhân tổ 5.",
     "Điểu Lâm", None, None, []),
    ("Thầy Lê Văn Phú, Hiệu trưởng Trường THCS Lê Lợi phát biểu tại hội nghị.",
     "Lê Văn Phú", None, "Hiệu trưởng Trường THCS Lê Lợi", ["spoke"]),
    # a place's name and the person's run together after the title
    ("Trưởng Công an xã Mai Hạ Hà Văn Lực phát biểu tại hội nghị.", "Hà Văn Lực", None, "Trưởng Công an xã Mai Hạ", ["spoke"]),
    ("Chủ tịch UBND huyện Lạc Sơn Bùi Văn Thắng dự hội nghị.", "Bùi Văn Thắng", None, "Chủ tịch UBND huyện Lạc Sơn", ["attended"]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Thị Mai Anh dự hội nghị.", "Nguyễn Thị Mai Anh", None, "Phó Chủ tịch UBND tỉnh", ["attended"]),
    # "đại diện X," before the position is not part of the title
    ("Đại diện Cụm thi đua, Phó Giám đốc Sở Y tế Lê Văn Hoàng trình bày báo cáo.",
     "Lê Văn Hoàng", None, "Phó Giám đốc Sở Y tế", ["reported"]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình đã ký Quyết định số 123/QĐ-UBND tặng Cờ thi đua cho 3 đơn vị.",
     "Nguyễn Văn Bình", None, "Phó Chủ tịch UBND tỉnh", []),
    # "làm", "là" end a title: what follows is the role given, not the position held
    ("Hội nghị đã bầu ông Phạm Văn Thành, Giám đốc Sở Công Thương làm Cụm trưởng năm 2025.",
     "Phạm Văn Thành", ONG, "Giám đốc Sở Công Thương", []),
    ("Ông Lã Văn Khương, Giám đốc Sở Nội vụ là Cụm trưởng năm 2024 chủ trì hội nghị.",
     "Lã Văn Khương", ONG, "Giám đốc Sở Nội vụ", ["presided"]),
    ("Tại hội nghị, các đại biểu đã nghe đồng chí Hoàng Thị Yến, Chánh Văn phòng Sở Y tế, Thư ký Cụm thông qua dự thảo báo cáo tổng kết năm 2024.",
     "Hoàng Thị Yến", CO, "Chánh Văn phòng Sở Y tế, Thư ký Cụm", ["reported"]),
    ("Ông Trịnh Xuân Thanh, Phó Giám đốc Sở Xây dựng, Cụm phó nhận Cờ luân lưu và phát biểu nhận nhiệm vụ.",
     "Trịnh Xuân Thanh", ONG, "Phó Giám đốc Sở Xây dựng, Cụm phó", ["spoke"]),
    ("Tham dự hội nghị có các đồng chí: Nguyễn Văn Tiến, Phó Chủ tịch UBND tỉnh; Lê Thị Hoa, Giám đốc Sở Nội vụ; đại diện lãnh đạo các đơn vị thành viên.",
     "Lê Thị Hoa", None, "Giám đốc Sở Nội vụ", ["attended"]),
]


@pytest.mark.parametrize("sentence,name,hon,title,roles", CASES)
def test_phrasing(sentence, name, hon, title, roles):
    p = people(sentence)
    assert name in p, list(p)
    got = p[name]
    assert (got["honorific"], got["title"], got["roles"]) == (hon, title, roles)


# (sentence, the names expected, nothing else)
ONLY = [
    ("Đại diện Sở Tài chính báo cáo kết quả chấm điểm thi đua năm 2024.", []),
    ("Ông Lưu Văn Kha, Giám đốc Sở Tài chính, khi còn là Cụm trưởng năm 2022 đã từng chủ trì hội nghị tại huyện Mai Châu.",
     ["Lưu Văn Kha"]),
    # capitals inside another person's title are the unit's name, not a second person
    ("Hội nghị dưới sự chủ trì của ông Hà Quang Vinh – Viện trưởng Viện Nghiên cứu Nông Lâm Tây Bắc, Trưởng khối.",
     ["Hà Quang Vinh"]),
    # a title that ends on a unit's head noun: the capitals after it are the unit
    ("Hội nghị thống nhất đề nghị Trưởng khối trình Bộ trưởng Bộ Nông Nghiệp xem xét tặng Cờ thi đua.", []),
    # a site footer
    ("Chịu trách nhiệm nội dung: Ông Trần Văn Lâm, Giám đốc Sở Thông tin và Truyền thông.", []),
    ("Người chịu trách nhiệm: Ông Đỗ Văn Khiêm - Giám đốc", []),
    # a unit after "đại diện" is no person
    ("Đại diện Cụm thi đua, Sở Tư pháp trình bày báo cáo tổng kết.", []),
    ("Dự hội nghị có lãnh đạo, đại diện các đơn vị thành viên: Sở Nội vụ, Sở Tài chính, Sở Y tế.", []),
    ("Các đồng chí Nguyễn Văn Bảy, Trần Văn Tám và Lê Văn Chín dự hội nghị.", ["Nguyễn Văn Bảy", "Trần Văn Tám", "Lê Văn Chín"]),
    ("Anh em Công đoàn các đơn vị trong Cụm đã tham gia đầy đủ.", []),
    # schools, companies, communes named after people
    ("Hiệu trưởng Trường THPT Nguyễn Du phát biểu tại hội nghị.", []),
    ("Đại diện Trường Tiểu học Lê Văn Tám báo cáo tham luận.", []),
    ("Giám đốc Công ty TNHH Trần Gia phát biểu.", []),
    ("Bí thư Đảng ủy xã Hoàng Văn Thụ phát biểu.", []),
    ("Hội nghị được tổ chức tại Hội trường UBND phường Nguyễn Trãi, thành phố Hà Giang.", []),
    ("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các đơn vị đã tổ chức nhiều phong trào.", []),
    ("Đồng chí Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo.", []),
    ("Quang cảnh hội nghị. (Ảnh: Trần Văn Hiếu)", []),
    ("Theo báo cáo của Sở Nội vụ, năm 2024 Cụm có 10 đơn vị hoàn thành xuất sắc nhiệm vụ.", []),
]


@pytest.mark.parametrize("sentence,names", ONLY)
def test_no_other_person(sentence, names):
    assert list(people(sentence)) == names
