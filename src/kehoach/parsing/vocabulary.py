"""Vocabulary of Vietnamese administrative texts, folded (no case, no diacritics).

Kept apart from the rules that use it so the lists can grow without touching the logic.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split(",") if w.strip())


# First words of a unit's name: kinds of bodies, offices and office holders.
UNIT_HEADS = _words("""
    mttq, don bien phong, canh sat, ubkt, bql, ttyt, phong gd, dang uy vien, chi hoi, hoi vien, doan vien,
    bo, ban, so, uy ban, ubnd, ubmttq, hdnd, van phong, phong, cuc, vu, vien, hoc vien, truong, trung tam,
    bao, dai, tap chi, thong tan xa, cong an, bo chi huy, bo doi, quan khu, hoi, lien hiep, lien doan,
    doan, mat tran, tinh doan, thanh doan, huyen doan, dang uy, dang bo, tinh uy, thanh uy, huyen uy,
    chi cuc, tong cuc, kho bac, ngan hang, benh vien, chi nhanh, cong ty, tong cong ty, tap doan, co quan,
    don vi, cac, bch, bchqs, bcd, hoi dong, to, thanh vien, lanh dao, dong chi, d/c, giam doc,
    pho giam doc, chu tich, pho chu tich, thu truong, chanh van phong, truong ban, truong phong, bhxh,
    bao hiem, nganh, lien danh, hiep hoi, thanh tra, toa an, vien kiem sat, vpcqtt, vptt, ubmt,
    dai phat thanh, dai truyen thanh, ttvh, vks, tand, ptth, buu dien, vien thong, chi bo, tram, hai quan,
    cang vu, ky tuc xa, bo phan, nhom, ca nhan, trung uong, vuon quoc gia, doi, chi doi, thue,
    uy ban kiem tra, to dan pho, hieu truong, can bo, cong chuc, giao vien, truong thon, chanh thanh tra,
    tong bien tap, doanh nghiep, hop tac xa, nha truong, dai hoc, bao chi, thu vien, lien doi, chi doan,
    pho hieu truong, pho truong, tram y te, trung tam y te, cong doan, hoi dong doi, khoa
""")

# Verbs that end a unit's name when the sentence goes on to say what the unit does.
VERBS = _words("""
    chu tri, chu dong, phoi hop, to chuc, trien khai, thuc hien, xay dung, tang cuong, day manh, huong dan,
    chi dao, theo doi, don doc, tong hop, bao cao, can cu, co trach nhiem, tham muu, bo tri, dam bao,
    bao dam, cung cap, tuyen truyen, nam bat, kiem tra, ra soat, phan cong, giup, lam dau moi, duy tri,
    tiep tuc, nghien cuu, de xuat, phat dong, tich cuc, quan tam, khan truong, se, dang tai, dua tin,
    xuat ban, ban hanh, lap, gui, ho tro, tham gia, tiep nhan, van dong, cu can bo, cu dai dien, bo sung,
    dieu chinh, giam sat, thanh lap, nang cao, phat huy, quan triet, pho bien, tap trung, tuyen chon,
    doi moi, phoi hop voi, chiu trach nhiem, la co quan, la don vi, thong nhat, cap nhat, bien soan, in an,
    treo, cap phat, mo lop, huy dong, lua chon, thuong xuyen, uu tien, chuan bi, dang ky, tiep thu,
    co ke hoach, xay dung ke hoach, ky ket, dong chu tri, trao doi, thuc thi, tong ket, so ket, lanh dao,
    tham dinh, phe duyet, dieu tra, nang cap, thi diem, ung dung, kiem soat, van hanh, hoan thien,
    hoan thanh, xu ly, danh gia, khao sat, tap huan, boi duong, dao tao, truyen thong, ngan chan,
    dau tranh, khac phuc, du bao, canh bao, quang ba, xuc tien, thu hut, cai thien, bao ton, phat trien,
    phat song, tuong thuat, bien tap, phat hanh, mua sam, sua chua, lap dat, trang bi, dieu dong, phan bo,
    giai quyet, cong bo, cong khai, so hoa, ket noi, chia se, tich hop, luu tru, khen thuong, nghiem thu,
    quyet toan, soan thao, tiep xuc, doi thoai, ton vinh, vinh danh, keu goi, mo rong, cung co, kien toan,
    xac minh, kien nghi, dieu hanh, tuan tra, ung pho, so tan, di doi, tiem chung, phun, tieu doc,
    khu trung, thu gom, cung ung, du tru, binh on, la dau moi, la thuong truc, kich hoat, huong ung,
    ra quan, phat hien, ngan ngua, dam nhan, tro giup, rut kinh nghiem, tu kiem tra, gioi thieu, tu van,
    cham soc, thong ke, tiem, to chuc tiem, dinh huong, mo dot
""")
