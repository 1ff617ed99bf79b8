"""Demo controller details: clearly invented, never real-looking details of the real JPF.

Every value says it is demo data, so a receipt printed from a demo store can never be
taken for a real one's controller contact.
"""

from __future__ import annotations

from jpf_desk.domain.controller import ControllerDetails
from jpf_desk.services.consent.controller import (
    controller_settings,
    set_centre_details,
    set_demo_jpf_details,
)
from jpf_desk.services.desk import Desk

DEMO_JPF = ControllerDetails(
    legal_name="Công ty JPF (TÊN DEMO – không phải thông tin thật)",
    address="Số 0 phố Ví Dụ, Hà Nội (địa chỉ demo)",
    phone="000 0000 0000 (demo)", email="du-lieu@jpf-demo.example",
    data_contact="Bộ phận bảo vệ dữ liệu (demo)",
)


def fill_demo_controller(desk: Desk) -> None:
    """Fill only what is missing: a manager's real entries are never overwritten."""
    current = controller_settings(desk)
    if not current.jpf.address:  # kept on this store only: JPF's are head office's to share
        set_demo_jpf_details(desk, DEMO_JPF)
    if current.centre.missing():
        c = current.centre
        set_centre_details(desk, ControllerDetails(
            legal_name=c.legal_name, address=c.address or "Số 1 đường Minh Hoạ (địa chỉ demo)",
            phone=c.phone or "000 1111 2222 (demo)",
            email=c.email or "coso@jpf-demo.example",
            data_contact=c.data_contact or "Quản lý cơ sở (demo)"))
