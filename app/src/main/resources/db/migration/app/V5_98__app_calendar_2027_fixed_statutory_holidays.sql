-- The 2027 days that are public holidays by law whatever the yearly arrangement: 《全国年节及纪念日放假办法》
-- (国务院令第795号, 2024 revision) art. 2: 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October. Without them a
-- working-day period crossing New Year counted 1 January 2027 as a working day (a lab deadline one day early; found
-- walking the README on 2026-12-07). The lunar holidays (春节, 清明, 端午, 中秋) and the adjusted days (调休) come
-- with the State Council's notice on the 2027 arrangement: the system administrator enters them on the calendar page
-- (/admin/calendar) when it is published, as the 2026 schedule was entered from its notice (V5_50).
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-01-01', FALSE, '元旦');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-05-01', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-05-02', FALSE, '劳动节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-10-01', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-10-02', FALSE, '国庆节');
INSERT INTO sys_calendar_day (cal_date, working, name) VALUES (DATE '2027-10-03', FALSE, '国庆节');
