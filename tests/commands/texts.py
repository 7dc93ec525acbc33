"""Report texts the command tests share."""

REPORT = ("Chiều 21/7/2023, Ban Chấp hành Đảng bộ huyện Yên Thế tổ chức hội nghị lần thứ 5 đánh giá "
          "6 tháng đầu năm 2023. Thu ngân sách ước đạt 186,4 tỷ đồng, đạt 61,5% dự toán năm.")
