from .en import *  # noqa  placeholder
from .en import number_word, pronouns, price  # noqa
AUTHORS = {k: ["A B"] for k in ["dagblad-delta","gazzetta-del-porto","rheinische-rundschau"]}
PAGE = dict(nav=[("cronaca","Cronaca")], cookie="c", accept="a", reject="r", search="s", by="di", share="sh", ad="ad", related="rel", newsletter="nl", footer="{year} {name}", contact="c")
def long_date(w): return w.strftime("%d/%m/%Y")
