"""Negative templates, part 3: waiting list, accreditation, phone list, incident report, foundation."""
import datetime as dt

from gen_common import full, fdate, fday, ORGS
from gen_text import compose
from gen_tpl import neg, addr, generic_box, rel_date
from gen_attach import make_pdf, make_xlsx, make_csv


def n_waitlist(w, lang):
    s = neg(w, "liste_attente" if lang == "fr" else "waiting_list", lang, "aggregate waiting-list figures")
    chef = w.staff_pick("chef")
    n, d = w.r.randint(25, 80), w.r.randint(3, 9)
    if lang == "fr":
        body = (f"État de la liste d'attente pour un suivi sage-femme : {n} demandes, délai moyen de {d} semaines. "
                f"{w.r.randint(30, 60)} % des demandes arrivent après 12 semaines de grossesse. Nous priorisons selon l'ordre d'arrivée et la date prévue d'accouchement.")
        subj = "Liste d'attente - état de situation"
    else:
        body = (f"Midwifery care waiting list: {n} requests, average wait {d} weeks. {w.r.randint(30, 60)}% of requests arrive after 12 weeks. "
                "We prioritise by arrival order and due date.")
        subj = "Waiting list - status"
    s["frm"], s["to"] = addr(w, chef), [addr(w, w.staff_pick("chef")), generic_box("all_sf")]
    s["subject"], s["text"] = subj, compose(w, lang, chef, body, group=True)
    return s.finish()


def n_accreditation(w, lang):
    s = neg(w, "agrement" if lang == "fr" else "accreditation", lang, "accreditation visit preparation")
    chef = w.staff_pick("chef")
    d0 = rel_date(s["date"], w.r.randint(20, 60))
    if lang == "fr":
        body = (f"La visite d'Agrément Canada aura lieu la semaine du {fdate(d0, lang, 1)}. Les visiteurs pourraient observer une visite postnatale "
                "et vérifier la double identification des usagères (nom + date de naissance) avant tout prélèvement. Révisez les POR : "
                "bilan comparatif des médicaments, prévention des chutes, hygiène des mains.")
        subj = "Visite d'Agrément Canada"
    else:
        body = (f"The Accreditation Canada survey is the week of {fdate(d0, lang, 1)}. Surveyors may observe a postnatal visit and check two-identifier "
                "verification (name + date of birth) before any sample. Please review the ROPs: medication reconciliation, falls prevention, hand hygiene.")
        subj = "Accreditation Canada survey"
    s["frm"], s["to"] = addr(w, chef), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, compose(w, lang, chef, body, group=True)
    return s.finish()


def n_phone_list(w, lang):
    s = neg(w, "bottin_personnel" if lang == "fr" else "staff_directory", lang, "staff phone list (work extensions and staff cells)")
    adm = w.staff_pick("adm")
    rows = [["Nom", "Fonction", "Poste", "Cellulaire de garde"] if lang == "fr" else ["Name", "Role", "Ext.", "On-call cell"]]
    for p in w.staff["sf"] + w.staff["ibclc"][:2] + w.staff["coord"]:
        rows.append([full(p), p["role_fr"] if lang == "fr" else p["role_en"], str(p["ext"]), w.phone()])
    if w.chance(0.5):
        s["attachments"].append({"name": "bottin_equipe.csv" if lang == "fr" else "team_directory.csv", "ctype": "text/csv",
                                 "data": make_csv(rows, ";", "utf-8", bom=True)})
    else:
        s["attachments"].append({"name": "bottin_equipe.xlsx" if lang == "fr" else "team_directory.xlsx",
                                 "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "data": make_xlsx([("Bottin", rows)], s["date"], full(adm))})
    body = ("Bottin de l'équipe mis à jour. Les cellulaires de garde sont pour usage interne seulement." if lang == "fr"
            else "Updated team directory. On-call cells are for internal use only.")
    s["frm"], s["to"] = addr(w, adm), [generic_box("all_sf")]
    s["subject"] = "Bottin mis à jour" if lang == "fr" else "Updated directory"
    s["text"] = compose(w, lang, adm, body, group=True)
    return s.finish()


def n_incident_report(w, lang):
    s = neg(w, "rapport_incidents" if lang == "fr" else "incident_report", lang, "quarterly aggregate incident/accident report")
    sender = w.staff_pick(w.pick(["chef", "coord"]))
    rows = [["Type d'événement", "Nombre", "Gravité max"] if lang == "fr" else ["Event type", "Count", "Max severity"],
            ["Erreur de médication" if lang == "fr" else "Medication error", w.r.randint(0, 6), "B"],
            ["Chute" if lang == "fr" else "Fall", w.r.randint(0, 4), "C"],
            ["Retard de transfert" if lang == "fr" else "Transfer delay", w.r.randint(0, 3), "D"],
            ["Bris d'équipement" if lang == "fr" else "Equipment failure", w.r.randint(0, 5), "A"],
            ["Erreur d'identification d'échantillon" if lang == "fr" else "Specimen labelling error", w.r.randint(0, 3), "B"]]
    pdf = make_pdf("AH-223", [("h", "Rapport trimestriel des incidents et accidents (AH-223)" if lang == "fr" else "Quarterly incident/accident report (AH-223)"), ("t", rows),
                              ("p", "Données agrégées - aucune donnée nominative." if lang == "fr" else "Aggregate data - no identifying information.")])
    s["attachments"].append({"name": "rapport_AH223_T" + str((s["date"].month - 1) // 3 + 1) + ".pdf", "ctype": "application/pdf", "data": pdf})
    body = ("Le rapport trimestriel des déclarations d'incidents et d'accidents est joint. On en discute au comité qualité." if lang == "fr"
            else "The quarterly incident/accident report is attached; we'll discuss it at the quality committee.")
    s["frm"], s["to"] = addr(w, sender), [generic_box("all_sf")]
    s["subject"] = "Rapport AH-223 trimestriel" if lang == "fr" else "Quarterly AH-223 report"
    s["text"] = compose(w, lang, sender, body, group=True)
    return s.finish()


def n_foundation(w, lang):
    s = neg(w, "fondation" if lang == "fr" else "foundation", lang, "hospital foundation fundraising news")
    amt = w.r.randint(8, 60) * 1000
    if lang == "fr":
        body = (f"Grâce à la Marche des bedaines, la Fondation a amassé {amt:,} $ pour l'achat d'un deuxième bain de naissance et de sièges d'auto prêtés "
                "aux familles. Merci à toute l'équipe qui a participé! Reçus fiscaux envoyés aux donateurs en février.").replace(",", " ")
        subj = "Merci! Résultats de la Marche des bedaines"
    else:
        body = (f"Thanks to the Bump Walk, the Foundation raised ${amt:,} for a second birth tub and loaner car seats for families. "
                "Thank you to everyone who took part! Tax receipts go out to donors in February.")
        subj = "Thank you! Bump Walk results"
    s["frm"], s["to"] = ("Fondation HRSA", "fondation@hrsa.example"), [generic_box("all_sf"), generic_box("all_peri")]
    s["subject"], s["text"] = subj, body + "\n\n" + ("L'équipe de la Fondation" if lang == "fr" else "The Foundation team") + "\n" + ORGS["hosp"]["addr"] + "\n"
    if w.chance(0.5):
        s["body"] = "html"
    return s.finish()
