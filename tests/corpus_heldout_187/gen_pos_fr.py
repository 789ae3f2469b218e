"""Positive (confidential) messages in French: urgence adulte et équipe de traumatologie."""
import datetime as _dt

import gen_attach as A
from gen_base import Item, forward_body, fr_date, hm, later, reply_body, signature
from gen_cases import CASES, CTAS_FR, PSYCH, SOCIAL_FR, case_pick, vitals
from gen_common import ORG
from gen_mime import Att, Mail

L = "fr"
DOM = ORG["fr_dom"]
HOME_MEDS = ["metformine 500 mg BID, ramipril 5 mg DIE, atorvastatine 20 mg HS",
             "lévothyroxine 0,1 mg DIE, apixaban 5 mg BID", "Synthroid 88 mcg, Lipitor 40 mg, Coversyl 4 mg",
             "hydrochlorothiazide 25 mg, amlodipine 10 mg", "salbutamol PRN, Symbicort 200 2 inh BID",
             "warfarine (Coumadin) selon INR, bisoprolol 2,5 mg", "escitalopram 10 mg, quétiapine 25 mg HS",
             "insuline glargine 22 U HS, Janumet 50/1000 BID"]
ALLERG = ["aucune connue", "pénicilline (urticaire)", "sulfamidés", "codéine (nausées)", "iode ?", "AINS (bronchospasme)"]


def fn(ctx, sex=None):
    """A pair (display, address) for a colleague at our hospital."""
    s = ctx.staff(L, sex)
    return s, (s.full, s.email(DOM))


def _fin(it, m, pin=None):
    it.mail = m
    it.pin = pin or {}
    return it


def mk(ctx, frm, to, subject, when, text=None, html=None, atts=None, cc=None, headers=None):
    return Mail(frm, to, subject, when, ctx.msgid(frm[1].split("@")[1]), text=text, html=html,
                atts=atts, cc=cc, headers=headers)


# 1 ------------------------------------------------------------------ triage note
def triage(ctx):
    it = Item(ctx, "triage", L, True, "note de triage transmise au médecin de garde")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = case_pick(ctx)
    F = c["fr"]
    nurse, frm = fn(ctx)
    md, to = fn(ctx)
    civ = ctx.randint(1, 38)
    body = "\n".join([
        "Triage %s — %s" % (hm(when), CTAS_FR[c["ctas"]]),
        "",
        "Nom : %s" % it.nm(p, ctx.pick(["last_first", "full", "title_full"])),
        "DDN : %s   Sexe : %s   Âge : %d ans" % (it.dob(p, ctx.pick(["iso", "dmy"])), p.sex, p.age(when)),
        "NAM : %s" % it.nam(p, ctx.pick(["plain", "space", "dash", "fullwidth", "odd", "dot"])),
        "Motif : %s" % F["motif"],
        "SV : %s" % vitals(ctx, L, c["ctas"] <= 2),
        "Allergies : %s" % ctx.pick(ALLERG),
        "Rx domicile : %s" % ctx.pick(HOME_MEDS),
        "",
        "%s civière %d, ECG fait à %s. Je t'avise vu %s." % (
            "Installée" if p.f else "Installé", civ, hm(later(when, 6)),
            ctx.pick(["la cote", "les SV", "la douleur", "l'histoire"])),
        "",
        nurse.given + ", inf. au triage",
    ])
    it.t("diagnosis", "lab_result", "medication")
    subj = ctx.pick(["Triage civ. %d — %s" % (civ, CTAS_FR[c["ctas"]].split(" (")[0]),
                     "Nouveau patient civière %d" % civ, "TR: triage %s" % hm(when)])
    return _fin(it, mk(ctx, frm, [to], subj, later(when, 8), text=body))


# 2 ------------------------------------------------------------------ trauma activation, unidentified
def trauma_alert(ctx):
    it = Item(ctx, "trauma_alert", L, True, "activation équipe trauma, patient non identifié avec numéro de dossier")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma" and x["ctas"] <= 2])
    F = c["fr"]
    alias = ctx.pick(["INCONNU-ALPHA", "X-BRAVO", "INCONNU 4", "TRAUMA-CHARLIE"])
    frm = ("Coordination trauma", "trauma.urgence@" + DOM)
    tos = [fn(ctx)[1] for _ in range(3)]
    body = "\n".join([
        "ACTIVATION ÉQUIPE TRAUMA NIVEAU %d — arrivée prévue %s" % (ctx.pick([1, 1, 2]), hm(later(when, 12))),
        "",
        "Patient non identifié : %s, dossier temporaire %s" % (alias, it.mrn(p, ctx.pick(["plain", "dash", "space"]))),
        "Âge estimé %d-%d ans, %s" % (p.age(when) - 3, p.age(when) + 3, "femme" if p.f else "homme"),
        "Mécanisme : %s" % F["motif"],
        "Préhospitalier : %s" % vitals(ctx, L, True),
        "Bilan initial : %s" % F["dx"],
        "Labo : %s" % (F["labs"] or "en cours"),
        "Tx : %s" % F["meds"],
        "",
        "Salle de choc 2. Banque de sang avisée (2 O nég prêts).",
    ])
    it.t("diagnosis", "lab_result", "medication")
    return _fin(it, mk(ctx, frm, tos, "ALERTE TRAUMA — %s — salle de choc" % alias, when, text=body),
                {"form": "plain"})


# 3 ------------------------------------------------------------------ consult request
def consult(ctx):
    it = Item(ctx, "consult", L, True, "demande de consultation de l'urgence à un service")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    F = c["fr"]
    md, frm = fn(ctx)
    res, to = fn(ctx)
    style = ctx.pick(["last_first", "initial", "title", "short"])
    body = "\n".join([
        "Bonjour,",
        "",
        "Demande de consultation en %s pour %s, %d ans, dossier %s, civière %d." % (
            F["svc"], it.nm(p, style), p.age(when), it.mrn(p, ctx.pick(["plain", "dash", "slash", "fullwidth"])),
            ctx.randint(1, 38)),
        "",
        "Motif : %s" % F["motif"],
        "Impression : %s" % F["dx"],
        "Imagerie : %s" % (F["img"] or "aucune"),
        "Labo : %s" % (F["labs"] or "—"),
        "Reçu à l'urgence : %s" % F["meds"],
        "",
        "Question : %s" % ctx.pick(["prise en charge et admission?", "indication opératoire?",
                                    "merci de voir ce matin", "accepteriez-vous en transfert de service?"]),
        "",
        "Merci,",
        signature(ctx, md, L, "Urgentologue"),
    ])
    it.t("diagnosis", "medication")
    if F["labs"] or F["img"]:
        it.t("lab_result")
    subj = ctx.pick(["Consultation %s — civ." % F["svc"], "Demande de consult %s" % F["svc"],
                     "Consult %s urgente" % F["svc"]])
    return _fin(it, mk(ctx, frm, [to], subj, when, text=body))


# 4 ------------------------------------------------------------------ transfer request with PDF
def transfer(ctx):
    it = Item(ctx, "transfer", L, True, "demande de transfert interétablissement avec feuille PDF")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = ctx.pick([x for x in CASES if x["key"] in ("sdh", "stroke", "pelvis", "cspine", "burn", "spleen")])
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("Centrale de transfert — " + ORG["trauma"], "transferts@" + ORG["trauma_dom"])
    nm_long = it.nm(p, "last_first")
    dob = it.dob(p, ctx.pick(["iso", "dmy", "long"]))
    lines = [
        "Établissement demandeur : %s, urgence" % ORG["fr_hosp"],
        "Patient(e) : %s   Sexe : %s" % (nm_long, p.sex),
        "Date de naissance : %s" % dob,
        "NAM : %s   Dossier : %s" % (it.nam(p, ctx.pick(["space", "plain"])), it.mrn(p)),
        "Diagnostic : %s" % F["dx"],
        "Histoire : %s" % F["motif"],
        "Imagerie : %s" % (F["img"] or "-"),
        "Laboratoires : %s" % (F["labs"] or "-"),
        "Traitements reçus : %s" % F["meds"],
        "Signes vitaux au départ : %s" % vitals(ctx, L, True),
        "Service receveur demandé : %s" % F["svc"],
        "Médecin référent : %s" % md.dr(L),
    ]
    pdfb = A.pdf("Demande de transfert interétablissement", lines,
                 footer="Formulaire TR-12 — version 2024-09")
    short = it.nm(p, ctx.pick(["title", "initial"]))
    body = "\n".join([
        "Bonjour,",
        "",
        "Nous demandons le transfert urgent de %s (%s) — %s. Feuille de transfert ci-jointe; "
        "images disponibles via le PACS régional." % (short, F["dx"], F["plan"]),
        "",
        "Je suis joignable sur mon cellulaire de garde. Merci de confirmer l'acceptation et le nom du "
        "médecin receveur.",
        "",
        signature(ctx, md, L, "Urgentologue"),
    ])
    fname = ctx.pick(["transfert_%s.pdf" % p.mrn, "Feuille_transfert_%s.pdf" % when.strftime("%Y%m%d"),
                      "TR12_demande.pdf"])
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Demande de transfert — %s — %s" % (F["svc"], ORG["fr_hosp"]), when,
                       text=body, atts=[Att(fname, "application/pdf", pdfb)]))


# 5 ------------------------------------------------------------------ ambulance booking
def transport(ctx):
    it = Item(ctx, "transport", L, True, "réservation de transport ambulancier pour un retour à domicile")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=60)
    clerk, frm = fn(ctx, "F")
    to = ("Répartition Ambulances Boréal", "repartition@amb-boreal.example")
    reason = ctx.pick(["MPOC sous O2 2 L/min", "fracture de hanche opérée, non mise en charge",
                       "démence, ne peut se déplacer seul(e)", "AVC ancien, hémiplégie G"])
    dt = later(when, ctx.randint(120, 600))
    body = "\n".join([
        "Bonjour,",
        "",
        "Demande de transport par civière pour le %s à %s :" % (fr_date(dt, False), hm(dt)),
        "",
        "Nom : %s" % it.nm(p, ctx.pick(["upper", "last_first", "full"])),
        "DDN : %s" % it.dob(p, ctx.pick(["dmy", "iso"])),
        "De : %s, urgence, civière %d" % (ORG["fr_hosp"], ctx.randint(1, 38)),
        "Vers : domicile — %s" % it.addr(p),
        "Téléphone au domicile : %s" % it.phone(p),
        "Condition : %s" % reason,
        "Accompagnateur : %s" % ctx.pick(["aucun", "conjoint(e)", "fille", "préposé de la résidence"]),
        "",
        "Merci de confirmer l'heure de prise en charge.",
        "",
        clerk.full,
        "Agente administrative, urgence",
        "Tél. : %s" % ctx.phone(style="paren"),
    ])
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["Transport civière retour domicile", "Réservation transport — urgence"]),
                       when, text=body))


# 6 ------------------------------------------------------------------ sign-out list (HTML table or XLSX)
def signout(ctx):
    it = Item(ctx, "signout", L, True, "liste de départ des civières à la relève de garde")
    when = ctx.when()
    md, frm = fn(ctx)
    to = [fn(ctx)[1] for _ in range(2)]
    rows = [["Civ.", "Patient", "Âge", "Problème", "Labo clé", "Tx", "En attente"]]
    for _ in range(ctx.randint(5, 8)):
        p = ctx.patient(L, when=when)
        c = case_pick(ctx)
        F = c["fr"]
        pend = ctx.pick(["2e tropo à %s" % hm(later(when, 90)), "consult %s" % F["svc"], "lit étage",
                         "TDM en attente", "réévaluer après %s" % F["meds"].split(",")[0]])
        rows.append([str(ctx.randint(1, 38)), it.nm(p, ctx.pick(["short", "last_first_mixed", "upper"])),
                     str(p.age(when)), F["dx"], F["labs"].split(";")[0] if F["labs"] else "—", F["meds"].split(",")[0], pend])
        if F["labs"]:
            it.t("lab_result")
    it.t("diagnosis", "medication")
    intro = "Liste de départ %s — urgence civières. %s" % (
        ctx.pick(["nuit", "jour", "soir"]), ctx.pick(["Bonne garde!", "Rien d'autre de spécial.", "Salle calme."]))
    if ctx.chance(0.5):
        html = ["<html><body><p>%s</p><table border=\"1\" cellpadding=\"3\">" % intro]
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            html.append("<tr>" + "".join("<%s>%s</%s>" % (tag, x, tag) for x in r) + "</tr>")
        html.append("</table><p>%s</p></body></html>" % md.given)
        m = mk(ctx, frm, to, "Sign-out urgence %s" % when.strftime("%d/%m"), when, html="\n".join(html))
        return _fin(it, m)
    x = A.xlsx([("Civières", rows)], author=md.full)
    m = mk(ctx, frm, to, "Liste de départ — %s" % when.strftime("%Y-%m-%d"), when,
           text=intro + "\n\nFichier joint.\n\n" + md.given + "\n",
           atts=[Att("liste_depart_%s.xlsx" % when.strftime("%Y%m%d_%H%M"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return _fin(it, m)


# 7 ------------------------------------------------------------------ critical lab callback
def lab_callback(ctx):
    it = Item(ctx, "lab_callback", L, True, "résultat critique à communiquer à un patient parti de l'urgence")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    crit = ctx.pick([("K+ 6,6 mmol/L (non hémolysé)", "hyperkaliémie"),
                     ("Hémoculture 1/2 positive à cocci Gram +", "bactériémie possible"),
                     ("Troponine hs 96 ng/L (delta +40)", "SCA possible"),
                     ("Na 118 mmol/L", "hyponatrémie sévère"),
                     ("INR 7,8", "surdosage warfarine", "med")])
    lab = ("Laboratoire — biochimie", "labo.urgences@" + DOM)
    md, to = fn(ctx)
    body = "\n".join([
        "Dr(e),",
        "",
        "Valeur critique pour un patient de l'urgence, congé déjà donné :",
        "%s — dossier %s" % (it.nm(p, ctx.pick(["upper", "last_first"])), it.mrn(p, ctx.pick(["plain", "dot"]))),
        "Résultat : %s, prélevé à %s" % (crit[0], hm(later(when, -180))),
        "",
        "Téléphone au dossier : %s. Aucune réponse à 2 reprises, message laissé." % it.phone(p),
        "Merci d'aviser la suite (rappel pour retour à l'urgence?).",
        "",
        "Technologiste de garde, poste %d" % ctx.randint(2100, 7899),
    ])
    it.t("lab_result", "diagnosis")
    if len(crit) > 2:
        it.t("medication")
    return _fin(it, mk(ctx, lab, [to], "VALEUR CRITIQUE — %s — patient parti" % crit[1], when, text=body))


# 8 ------------------------------------------------------------------ incidental finding letter
def incidental(ctx):
    it = Item(ctx, "incidental_finding", L, True, "découverte fortuite en imagerie signalée au médecin de famille")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=40)
    md, frm = fn(ctx)
    gp = ctx.staff(L)
    to = (gp.dr(L), "secretariat@gmf-troisormes.example")
    find = ctx.pick(["nodule pulmonaire solide de 9 mm au LSD", "masse rénale G de 2,8 cm, rehaussante",
                     "anévrisme de l'aorte abdominale de 4,6 cm", "lésion hépatique hypodense de 15 mm indéterminée",
                     "nodule thyroïdien de 2,1 cm"])
    reason = ctx.pick(["TDM pour colique néphrétique", "angio-TDM pour douleur thoracique", "TDM abdo pour trauma mineur",
                       "TDM cervical après IMV"])
    body = "\n".join([
        "%s," % gp.dr(L),
        "",
        "Votre patient%s %s (né%s le %s, dossier %s) a consulté à notre urgence le %s. "
        "Lors d'une %s, on note de façon fortuite : %s." % (
            "e" if p.f else "", it.nm(p, ctx.pick(["title_full", "full"])), "e" if p.f else "",
            it.dob(p, ctx.pick(["long", "dmy"])), it.mrn(p, ctx.pick(["plain", "space"])),
            fr_date(later(when, -60 * 24 * 3), False), reason, find),
        "",
        "Le radiologiste recommande un suivi %s. Le/la patient(e) en a été informé(e) verbalement; "
        "merci d'assurer le suivi." % ctx.pick(["par TDM dans 3 mois", "en urologie", "en chirurgie vasculaire",
                                                  "par échographie"]),
        "",
        "Rapport complet disponible au DSQ.",
        "",
        signature(ctx, md, L, "Urgentologue"),
    ])
    it.t("lab_result", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Découverte fortuite — suivi requis", when, text=body))


# 9 ------------------------------------------------------------------ discharge summary DOCX
def discharge(ctx):
    it = Item(ctx, "discharge_summary", L, True, "résumé de visite à l'urgence en DOCX envoyé au GMF")
    when = ctx.when()
    p = ctx.patient(L, when=when, nam=ctx.chance(0.5))
    c = case_pick(ctx)
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("GMF des Trois-Ormes", "secretariat@gmf-troisormes.example")
    paras = ["Patient : %s" % it.nm(p, "last_first"),
             "Date de naissance : %s" % it.dob(p, "iso")]
    if p.nam:
        paras.append("NAM : %s   Sexe : %s" % (it.nam(p, "space"), p.sex))
    paras += ["No dossier : %s" % it.mrn(p),
              ("h", "Raison de consultation"), F["motif"],
              ("h", "Investigation"), "%s. %s" % (F["labs"] or "Aucun laboratoire", F["img"] or ""),
              ("h", "Diagnostic"), F["dx"],
              ("h", "Traitement et congé"), F["meds"] + ". " + ctx.pick([
                  "Congé avec consignes de retour.", "Admis(e) en " + F["svc"] + ".",
                  "Transféré(e) : " + F["plan"] + "."]),
              "Médecin : " + md.dr(L)]
    doc = A.docx("Résumé de visite — urgence", paras, author=md.full)
    body = "Bonjour,\n\nCi-joint le résumé de visite de %s à notre urgence. Suivi au GMF souhaité d'ici %s.\n\n%s\n" % (
        it.nm(p, ctx.pick(["title", "initial"])), ctx.pick(["1 semaine", "2 semaines", "48 h"]),
        signature(ctx, md, L, "Urgentologue"))
    name = ctx.pick(["Resume_visite_%s.docx" % p.surname.upper(), "résumé_urgence_%s.docx" % when.strftime("%Y%m%d")])
    if p.surname.upper() in name:
        it.literals.append(("name", p.surname.upper()))
    it.t("diagnosis", "medication")
    if F["labs"] or F["img"]:
        it.t("lab_result")
    return _fin(it, mk(ctx, frm, [to], "Résumé de visite urgence", when, text=body,
                       atts=[Att(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc,
                                 rfc2231=ctx.chance(0.5))]))


# 10 ----------------------------------------------------------------- prescription to pharmacy
def pharmacy(ctx):
    it = Item(ctx, "prescription", L, True, "ordonnance de départ transmise à la pharmacie communautaire")
    when = ctx.when()
    p = ctx.patient(L, when=when, nam=ctx.chance(0.5))
    rx = ctx.pick([
        ("cellulite jambe D", ["Céphalexine 500 mg PO QID x 7 jours", "Acétaminophène 500 mg 1-2 co q6h PRN"]),
        ("colique néphrétique", ["Naproxène 500 mg PO BID x 5 jours", "Tamsulosine 0,4 mg DIE x 14 jours",
                                 "Ondansétron 4 mg SL q8h PRN"]),
        ("TVP mollet G", ["Rivaroxaban (Xarelto) 15 mg BID x 21 jours puis 20 mg DIE"]),
        ("pneumonie communautaire", ["Amoxicilline 1 g PO TID x 5 jours", "Clarithromycine 500 mg BID x 5 jours"]),
        ("entorse cheville", ["Ibuprofène 400 mg q6h PRN x 5 jours"]),
    ])
    md, frm = fn(ctx)
    to = ("Pharmacie J.-L. Dubuc", "ordonnances@pharm-dubuc.example")
    lines = ["ORDONNANCE — %s, urgence" % ORG["fr_hosp"], "",
             "Patient : %s" % it.nm(p, ctx.pick(["full", "last_first"])),
             "Date de naissance : %s" % it.dob(p, ctx.pick(["dmy", "iso"])),
             "Adresse : %s" % it.addr(p)]
    if p.nam:
        lines.append("NAM : %s   Sexe : %s" % (it.nam(p, ctx.pick(["space", "plain"])), p.sex))
    lines += ["", "Dx : %s" % rx[0], ""]
    lines += ["%d. %s" % (i + 1, r) for i, r in enumerate(rx[1])]
    lines += ["", "Renouvellement : 0", "%s — permis %05d" % (md.dr(L), ctx.randint(10000, 99999))]
    it.t("medication", "diagnosis")
    if ctx.chance(0.5):
        pdfb = A.pdf("Ordonnance", lines[2:])
        body = "Bonjour,\n\nVoici une ordonnance de départ de l'urgence (original remis au patient).\n" \
               "Le patient passera la chercher ce soir.\n\nMerci\n\n%s\n" % signature(ctx, md, L, "Urgentologue")
        return _fin(it, mk(ctx, frm, [to], "Ordonnance urgence — %s" % when.strftime("%d/%m/%Y"), when, text=body,
                           atts=[Att("ordonnance_%s.pdf" % when.strftime("%H%M"), "application/pdf", pdfb)]))
    return _fin(it, mk(ctx, frm, [to], "Ordonnance", when, text="\n".join(lines) + "\n"))


# 11 ----------------------------------------------------------------- insurer form with SIN
def insurer(ctx):
    it = Item(ctx, "insurer_form", L, True, "formulaire d'assurance invalidité rempli à l'urgence")
    when = ctx.when()
    p = ctx.patient(L, when=when, max_age=64)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("Assurances Nordet — réclamations", "reclamations@nordet-assur.example")
    tbl = [["Champ", "Réponse"],
           ["Nom de l'assuré", it.nm(p, "full")],
           ["Date de naissance", it.dob(p, "iso")],
           ["NAS", it.sin(p, ctx.pick(["space", "dash"]))],
           ["Diagnostic", F["dx"]],
           ["Date de l'événement", fr_date(later(when, -1440), False)],
           ["Arrêt de travail", "du %s au %s" % (when.strftime("%Y-%m-%d"), later(when, 1440 * 42).strftime("%Y-%m-%d"))],
           ["Médecin traitant", md.dr(L)]]
    doc = A.docx("Déclaration du médecin traitant — invalidité de courte durée",
                 ["Section B — à remplir par le médecin", "Traitement reçu : " + F["meds"]], table=tbl, author="")
    body = "Bonjour,\n\nTel que demandé par la patiente/le patient, vous trouverez ci-joint la déclaration " \
           "du médecin traitant.\n\nCordialement,\n\n%s\n" % signature(ctx, md, L, "Urgentologue")
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], "Déclaration médicale — dossier de réclamation %d" % ctx.randint(100000, 999999),
                       when, text=body,
                       atts=[Att("declaration_medecin_%s.docx" % p.surname.lower().replace("'", ""),
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)]))


# 12 ----------------------------------------------------------------- social work note
def social(ctx):
    it = Item(ctx, "social_work", L, True, "note de la travailleuse sociale de l'urgence")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    sw, frm = fn(ctx)
    md, to = fn(ctx)
    soc = ctx.pick(SOCIAL_FR)
    body = "\n".join([
        "Bonjour %s," % md.given,
        "",
        "Rencontré %s (civ. %d) ce matin. %s." % (it.nm(p, ctx.pick(["full", "title", "lower"])), ctx.randint(1, 38),
                                                 soc[0].upper() + soc[1:]),
        ctx.pick(["Place réservée en maison d'hébergement à partir de 16 h; ne pas divulguer le lieu.",
                  "Référence faite au CLSC pour suivi psychosocial.",
                  "Demande d'aide financière de dernier recours entamée avec la personne.",
                  "Lit au refuge confirmé pour ce soir, transport par taxi social."]),
        "Sur le plan médical, %s — OK pour congé de mon côté quand tu es prêt." % ctx.pick([
            "contusions multiples au visage", "fracture du nez non déplacée", "plaie à l'avant-bras suturée",
            "pneumonie traitée par amoxicilline"]),
        "",
        sw.full + ", T.S.",
        "Service social — urgence",
    ])
    it.t("social_information", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["Civ. suivi psychosocial", "Congé — volet social", "TS urgence"]),
                       when, text=body))


# 13 ----------------------------------------------------------------- youth protection report
def dpj(ctx):
    it = Item(ctx, "youth_protection", L, True, "signalement à la protection de la jeunesse depuis l'urgence adulte")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=20, max_age=45)
    kid_age = ctx.randint(2, 11)
    kid = ctx.pick(["Léa", "Noah", "Zoé", "Félix", "Mila", "Thomas"])
    reason = ctx.pick([("intoxication sévère à l'alcool (alcoolémie 3,1 g/L)", ("diagnosis", "lab_result")),
                       ("une surdose d'opioïdes", ("diagnosis",)), ("un état psychotique aigu", ("diagnosis",))])
    nurse, frm = fn(ctx)
    to = ("Réception des signalements — DPJ", "signalements@dpj-valbrule.example")
    body = "\n".join([
        "Bonjour,",
        "",
        "Je confirme par écrit le signalement fait par téléphone à %s." % hm(later(when, -25)),
        "",
        "Parent : %s, %d ans, %s" % (it.nm(p, "last_first"), p.age(when), it.addr(p)),
        "Enfant : %s, %d ans" % (kid, kid_age),
        "",
        "%s amené%s par ambulance pour %s. L'enfant était seul%s à la maison au moment de l'appel au 911; "
        "les ambulanciers l'ont confié%s à une voisine." % (
            "La mère a été" if p.f else "Le père a été", "e" if p.f else "",
            reason[0], "", "", ),
        "Il s'agit du 3e épisode connu cette année selon le dossier.",
        "",
        nurse.full + (", inf. clinicienne, urgence" if nurse.sex == "F" else ", inf. clinicien, urgence"),
        "Tél. urgence : %s" % ctx.phone(style="paren"),
    ])
    it.t("social_information", *reason[1])
    return _fin(it, mk(ctx, frm, [to], "Confirmation écrite — signalement", when, text=body))


# 14 ----------------------------------------------------------------- psychiatry consult
def psych(ctx):
    it = Item(ctx, "psych_consult", L, True, "demande de consultation en psychiatrie avec garde préventive")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    P = ctx.pick(PSYCH)["fr"]
    medst = ctx.pick(["stable", "dégagé après 6 h d'observation", "stable, ECG QTc 452"])
    soc_line = ""
    if ctx.chance(0.5):
        soc = ctx.pick(SOCIAL_FR)
        soc_line = "Contexte : %s." % soc
        it.t("social_information")
    if "QTc" in medst:
        it.t("lab_result")
    md, frm = fn(ctx)
    to = ("Psychiatre de garde", "psy.garde@" + DOM)
    body = "\n".join([
        "Salut,",
        "",
        "%s, %d ans (dossier %s) — %s. %s." % (it.nm(p, ctx.pick(["full", "last_first_mixed"])), p.age(when),
                                               it.mrn(p, ctx.pick(["plain", "dash"])), P["dx"],
                                               P["detail"][0].upper() + P["detail"][1:]),
        "Rx : %s." % P["meds"],
        "Médicalement %s." % medst,
        "Mis%s sous garde préventive (P-38) à %s. Refuse de rester volontairement." % ("e" if p.f else "", hm(when)),
        soc_line,
        "",
        "Peux-tu passer évaluer ce matin?",
        "",
        md.given,
    ])
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], ctx.pick(["Consult psy — garde préventive", "Psy urgence civ.", "P-38 ce matin"]),
                       when, text=body))


# 15 ----------------------------------------------------------------- ICS follow-up appointment
def ics_followup(ctx):
    it = Item(ctx, "appointment", L, True, "invitation calendrier pour rendez-vous en clinique de suivi")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["key"] in ("wrist", "hip", "rib", "appy", "pe", "af_rvr")])
    F = c["fr"]
    clerk, frm = fn(ctx)
    md, to = fn(ctx)
    start = (when + _dt.timedelta(days=7)).replace(hour=ctx.pick([8, 9, 10, 13, 14]), minute=ctx.pick([0, 15, 30, 45]),
                                                    second=0, tzinfo=None)
    clinic = {"wrist": "Clinique de fracture", "hip": "Clinique d'orthogériatrie", "rib": "Clinique de suivi trauma",
              "appy": "Clinique de chirurgie — suivi post-op", "pe": "Clinique TVP/EP",
              "af_rvr": "Clinique de FA"}[c["key"]]
    summ = "%s — %s (%s)" % (clinic, it.nm(p, ctx.pick(["upper", "last_first"])), F["dx"])
    desc = "Dossier %s. Tél. patient : %s. Suivi post-urgence : %s. Vu à l'urgence le %s." % (
        it.mrn(p), it.phone(p), F["dx"], when.strftime("%Y-%m-%d"))
    cal = A.ics("%s-%d@%s" % (p.mrn, when.month, DOM), start, start + _dt.timedelta(minutes=20), summ, desc,
                location="%s, local B-214" % ORG["fr_hosp"], organizer=(clerk.full, frm[1]), attendees=[(md.full, to[1])])
    body = "Rendez-vous ajouté à l'agenda de la clinique. Merci de réviser le dossier avant la visite.\n\n%s\n" % clerk.full
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Invitation : %s %s" % (clinic, start.strftime("%d/%m %H:%M")), when, text=body,
                       atts=[Att("invite.ics", "text/calendar", cal, charset="utf-8", cte="quoted-printable")]))


# 16 ----------------------------------------------------------------- vCard for CLSC home care
def vcard_clsc(ctx):
    it = Item(ctx, "home_care_referral", L, True, "référence au CLSC avec fiche contact du patient en vCard")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=55)
    nurse, frm = fn(ctx)
    to = ("Soutien à domicile — CLSC des Hautes-Terres", "sad@clsc-hautesterres.example")
    care = ctx.pick(["pansement ulcère veineux jambe G 3x/sem", "antibiothérapie IV à domicile (céfazoline 2 g q8h) via PICC",
                     "suivi glycémies — nouvelle insuline", "retrait des agrafes du cuir chevelu J10"])
    card = A.vcard(name_fullname := it.nm(p, "full"), p.surname, p.given, tel=("HOME", it.phone(p)), adr=it.addr(p),
                   bday=it.dob(p, "iso"), note="Soins requis : " + care)
    body = "\n".join([
        "Bonjour,",
        "",
        "Référence pour soins à domicile à partir de demain : %s." % care,
        "Coordonnées de l'usager%s dans la fiche jointe." % ("" if not p.f else "ère"),
        "Congé de l'urgence aujourd'hui à %s." % hm(later(when, 60)),
        "",
        signature(ctx, nurse, L, "Infirmière de liaison" if nurse.sex == "F" else "Infirmier de liaison"),
    ])
    it.t("diagnosis", "medication") if "céfazoline" in care or "insuline" in care else it.t("diagnosis")
    fname = "%s.vcf" % name_fullname.replace(" ", "_")
    return _fin(it, mk(ctx, frm, [to], "Référence SAD — congé urgence", when, text=body,
                       atts=[Att(fname, "text/vcard", card, charset="utf-8", cte=ctx.pick(["quoted-printable", "base64"]))]))


# 17 ----------------------------------------------------------------- inline forward
def forward(ctx):
    it = Item(ctx, "forward", L, True, "échange transféré entre urgentologues au sujet d'une revisite")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx, "med")
    F = c["fr"]
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    chef, fc = fn(ctx)
    old_when = later(when, -60 * 26)
    prev = ctx.pick(["un Dx de gastro", "des AINS", "un Dx d'anxiété", "du salbutamol"])
    if prev in ("des AINS", "du salbutamol"):
        it.t("medication")
    old = "\n".join([
        "%s," % b.given,
        "",
        "Pour info, %s est revenu%s cette nuit : %s. Je l'avais vu%s avant-hier et renvoyé%s avec %s." % (
            it.nm(p, ctx.pick(["full", "title_full", "lower"])), "e" if p.f else "", F["dx"],
            "e" if p.f else "", "e" if p.f else "",
            prev),
        "Labo cette fois : %s." % (F["labs"] or "normaux"),
        "On en jase au prochain M&M?",
        "",
        a.given,
    ])
    body = forward_body(L, "Pour la revue de qualité — revisite < 72 h. Merci de garder ça confidentiel.",
                        old, a.full, fa[1], old_when, "revisite", b.full)
    it.t("diagnosis", "lab_result")
    return _fin(it, mk(ctx, fb, [fc], "TR: revisite", when, text=body))


# 18 ----------------------------------------------------------------- name only in the subject
def subject_only(ctx):
    it = Item(ctx, "result_note", L, True, "réponse brève, nom du patient seulement dans l'objet")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    rad, frm = fn(ctx)
    md, to = fn(ctx)
    res = ctx.pick(["TDM cérébral : pas d'hémorragie, pas de fracture. Atrophie légère.",
                    "Écho abdo : cholécystite lithiasique, paroi 6 mm, Murphy échographique +.",
                    "Angio-TDM : pas d'EP. Petit épanchement pleural D.",
                    "RX poignet : fracture du scaphoïde non déplacée."])
    subj = "RE: %s — %s" % (it.nm(p, ctx.pick(["title", "short", "upper"])), ctx.pick(["TDM", "résultat imagerie", "lecture prélim"]))
    body = "%s\n\nRapport final suivra.\n\n%s, radiologiste\n" % (res, rad.given)
    it.t("lab_result", "diagnosis")
    return _fin(it, mk(ctx, frm, [to], subj, when, text=body))


# 19 ----------------------------------------------------------------- name only in attachment file name
def attach_name(ctx):
    it = Item(ctx, "ecg", L, True, "ECG joint, nom du patient seulement dans le nom du fichier")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    md, frm = fn(ctx)
    card, to = fn(ctx)
    interp = ctx.pick(["FA rapide 142/min, sous-décalage ST V4-V6", "sus-ST inférieur 2 mm, miroir en aVL",
                       "BAV complet, échappement 38/min", "QTc 540 ms sous méthadone"])
    pdfb = A.pdf("ECG 12 dérivations", ["Interprétation automatisée : " + interp, "Vitesse 25 mm/s, 10 mm/mV"])
    fname = "ECG_%s_%s_%s.pdf" % (p.surname.upper().replace(" ", ""), p.given, when.strftime("%Y-%m-%d"))
    it.types.add("patient_name")
    it.literals.append(("name", p.surname.upper().replace(" ", "")))
    body = "%s,\n\nPeux-tu jeter un oeil à cet ECG (%s)? Patient en civière 9, %s. Je pense activer.\n\n%s\n" % (
        card.given, interp.split(",")[0], ctx.pick(["asymptomatique", "DRS depuis 40 min", "lipothymie"]), md.given)
    it.t("lab_result", "diagnosis")
    if "méthadone" in interp:
        it.t("medication")
    return _fin(it, mk(ctx, frm, [to], "ECG à revoir svp", when, text=body,
                       atts=[Att(fname, "application/pdf", pdfb, rfc2231=ctx.chance(0.5))]))


# 20 ----------------------------------------------------------------- French tourist, NIR
def tourist_fr(ctx):
    it = Item(ctx, "travel_insurance", L, True, "rapport médical pour l'assistance voyage d'une touriste française")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["key"] in ("wrist", "hip", "rib", "appy", "af_rvr", "pe")])
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("Mutuelle Hexagone Santé — service médical", "medical@mutuelle-hexagone.example")
    body = "\n".join([
        "Madame, Monsieur,",
        "",
        "Votre assuré%s %s, né%s le %s, n° de sécurité sociale %s, a été pris%s en charge à notre urgence le %s." % (
            "e" if p.f else "", it.nm(p, "title_full"), "e" if p.f else "", it.dob(p, "long"),
            it.nir(p, ctx.pick(["space", "plain", "key"])), "e" if p.f else "", fr_date(when, False)),
        "",
        "Diagnostic : %s." % F["dx"],
        "Traitement : %s." % F["meds"],
        "Suite : %s. Retour en France possible %s." % (F["plan"], ctx.pick(["en classe économique avec siège adapté",
                                                                           "après avis de votre médecin-conseil",
                                                                           "dans 10 jours"])),
        "",
        "La facture de l'établissement vous sera adressée séparément par notre service des admissions.",
        "",
        signature(ctx, md, L, "Urgentologue"),
    ])
    it.t("diagnosis", "medication")
    return _fin(it, mk(ctx, frm, [to], "Rapport médical — assuré%s en voyage au Québec" % ("e" if p.f else ""), when,
                       text=body))


# 21 ----------------------------------------------------------------- Belgian tourist, NISS
def tourist_be(ctx):
    it = Item(ctx, "travel_insurance", L, True, "demande de garantie de paiement pour un patient belge")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    F = c["fr"]
    clerk, frm = fn(ctx)
    to = ("Euro-Assist Voyages", "dossiers@euroassist.example")
    body = "\n".join([
        "Bonjour,",
        "",
        "Nous avons admis cette nuit un ressortissant belge :",
        "  Nom : %s" % it.nm(p, "upper"),
        "  NISS : %s" % it.niss(p, ctx.pick(["dots", "plain", "space"])),
        "  Date de naissance : %s" % it.dob(p, "dmy"),
        "  Motif : %s — %s" % (F["motif"], F["dx"]),
        "",
        "Merci de nous transmettre une garantie de paiement (lettre de prise en charge) pour l'hospitalisation prévue "
        "en %s. Le patient nous a remis le numéro de police %s." % (F["svc"], "EA-%06d" % ctx.randint(100000, 999999)),
        "",
        clerk.full,
        "Admission / facturation non-résidents",
        ORG["fr_hosp"],
    ])
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, [to], "Garantie de paiement — patient non-résident", when, text=body))


# 22 ----------------------------------------------------------------- Ontario patient, OHIP
def ontario(ctx):
    it = Item(ctx, "transfer_back", L, True, "retour d'un patient ontarien vers son hôpital d'origine")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    p.address = ctx.address("en", "ON")
    c = case_pick(ctx)
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("Patient Flow — " + ORG["on_hosp"], "patientflow@" + ORG["on_dom"])
    body = "\n".join([
        "Bonjour / Hello,",
        "",
        "Demande de rapatriement vers votre établissement :",
        "%s — DDN %s — carte Santé Ontario %s" % (it.nm(p, "last_first"), it.dob(p, "iso"),
                                                 it.ohip(p, ctx.pick(["dash", "space", "plain"]),
                                                         ctx.pick(["", "AB", "KT", "ZX"]))),
        "Domicile : %s" % it.addr(p),
        "Diagnostic : %s" % F["dx"],
        "Labo : %s" % (F["labs"] or "sans particularité"),
        "Tx : %s" % F["meds"],
        "Stable pour transfert par ambulance terrestre.",
        "",
        signature(ctx, md, L, "Urgentologue"),
    ])
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Rapatriement / repatriation — patient de l'Ontario", when, text=body))


# 23 ----------------------------------------------------------------- ZIP bundle with NAM
def zip_bundle(ctx):
    it = Item(ctx, "transfer_bundle", L, True, "dossier de transfert compressé (PDF + CSV de médicaments)")
    when = ctx.when()
    p = ctx.patient(L, nam=True, when=when)
    c = ctx.pick([x for x in CASES if x["kind"] == "trauma"])
    F = c["fr"]
    md, frm = fn(ctx)
    to = ("Trauma — accueil des transferts", "trauma.accueil@" + ORG["trauma_dom"])
    pdfb = A.pdf("Sommaire de transfert", [
        "Nom : %s   Sexe : %s" % (it.nm(p, "last_first"), p.sex),
        "Né(e) le : %s" % it.dob(p, "iso"),
        "NAM : %s" % it.nam(p, "plain"),
        "Diagnostic : %s" % F["dx"], "Imagerie : %s" % (F["img"] or "-"), "Labo : %s" % (F["labs"] or "-")])
    csvt = A.csv_text([["medicament", "dose", "voie", "heure"]] +
                      [[x.strip(), "", "", hm(later(when, -30 * i))] for i, x in enumerate(F["meds"].split(","))], sep=";")
    z = A.zip_bundle([("sommaire_transfert.pdf", pdfb), ("medicaments_administres.csv", csvt.encode("utf-8"))])
    body = "Bonjour,\n\nDocuments pour le transfert de ce soir (%s), archive jointe. Mot de passe transmis par téléphone.\n\n%s\n" % (
        F["dx"], signature(ctx, md, L, "Urgentologue"))
    it.t("diagnosis", "medication", "lab_result")
    return _fin(it, mk(ctx, frm, [to], "Documents transfert — trauma", when, text=body,
                       atts=[Att("transfert_%s.zip" % when.strftime("%Y%m%d"), "application/zip", z)]))


# 24 ----------------------------------------------------------------- attached .eml
def eml_attached(ctx):
    it = Item(ctx, "complaint_review", L, True, "courriel original joint (.eml) pour une revue de dossier")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    F = c["fr"]
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    chef, fc = fn(ctx)
    old_when = later(when, -60 * 24 * 5)
    inner = Mail(fa, [fb], "Consult %s — %s" % (F["svc"], it.nm(p, "short")), old_when, ctx.msgid(DOM),
                 text="Bonjour,\n\nPatient%s en civière 22, dossier %s : %s. Labo : %s.\nMerci de voir.\n\n%s\n" % (
                     "e" if p.f else "", it.mrn(p, "dash"), F["dx"], F["labs"] or "-", a.given))
    inner.form, inner.charset, inner.cte = "plain", "utf-8", "8bit"
    from gen_mime import render_bytes
    inner.boundary_seed = "IN%06X" % ctx.rng.getrandbits(24)
    raw = render_bytes(inner)
    body = "Bonjour %s,\n\nComme discuté, je joins le courriel original pour la plainte reçue de la famille. " \
           "Le délai de consultation a été de 14 h.\n\n%s\n" % (chef.given, b.given)
    it.t("diagnosis")
    if F["labs"]:
        it.t("lab_result")
    return _fin(it, mk(ctx, fb, [fc], "Plainte — courriel de consultation", when, text=body,
                       atts=[Att("Consult %s.eml" % F["svc"], "message/rfc822", raw)]))


# 25 ----------------------------------------------------------------- 72-h revisit CSV (MRN + dx, no names)
def revisit_csv(ctx):
    it = Item(ctx, "revisit_list", L, True, "liste CSV des revisites en 72 h avec numéros de dossier")
    when = ctx.when()
    an, frm = fn(ctx, "F")
    to = [fn(ctx)[1]]
    rows = [["no_dossier", "date_visite_1", "dx_1", "date_visite_2", "dx_2", "med_1"]]
    for _ in range(ctx.randint(6, 10)):
        p = ctx.patient(L, when=when)
        c1, c2 = case_pick(ctx), case_pick(ctx)
        d1 = later(when, -60 * 24 * ctx.randint(5, 20))
        rows.append([it.mrn(p), d1.strftime("%Y-%m-%d"), c1["fr"]["dx"], later(d1, 60 * ctx.randint(8, 70)).strftime("%Y-%m-%d"),
                     c2["fr"]["dx"], ctx.pick(["Dr A.", "Dre B.", "Dr C.", "Dre D."])])
    csvt = A.csv_text(rows, sep=ctx.pick([",", ";"]))
    body = "Bonjour,\n\nVoici l'extraction des revisites < 72 h du mois pour le comité qualité. À réviser avant la rencontre.\n\n%s\nConseillère qualité\n" % an.full
    it.t("diagnosis")
    return _fin(it, mk(ctx, frm, to, "Revisites 72 h — extraction", when, text=body,
                       atts=[Att("revisites_72h_%s.csv" % when.strftime("%Y%m"), "text/csv", csvt,
                                 charset=ctx.pick(["utf-8", "windows-1252"]), cte=ctx.pick(["quoted-printable", "base64"]))]))


# 26 ----------------------------------------------------------------- consultant reply with quoted request
def reply_consult(ctx):
    it = Item(ctx, "consult_reply", L, True, "réponse du consultant, identité du patient dans le texte cité")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    c = case_pick(ctx)
    F = c["fr"]
    md, fm = fn(ctx)
    cons, fcn = fn(ctx)
    old_when = later(when, -45)
    old = "Bonjour,\n\nPeux-tu voir %s, %d ans, %s? %s.\n\n%s" % (
        it.nm(p, ctx.pick(["full", "last_first", "title_full"])), p.age(when), F["dx"], F["labs"] or F["motif"], md.given)
    new = ctx.pick(["Vu. On l'admet en %s. Commencer %s en attendant." % (F["svc"], F["meds"].split(",")[0]),
                    "Je passe dans 30 min. Garder à jeun.",
                    "OK pour moi, on prend en charge. Merci."])
    it.t("diagnosis", "lab_result" if F["labs"] else "diagnosis")
    if "Commencer" in new:
        it.t("medication")
    body = reply_body(ctx, L, new + "\n\n" + cons.given, old, md.full, fm[1], old_when, "Consult " + F["svc"])
    return _fin(it, mk(ctx, fcn, [fm], "RE: Consult " + F["svc"], when, text=body,
                       headers=[("In-Reply-To", ctx.msgid(DOM))]))


# 27 ----------------------------------------------------------------- quick lower-case note
def quick_note(ctx):
    it = Item(ctx, "quick_note", L, True, "note rapide entre collègues, nom en minuscules")
    when = ctx.when()
    p = ctx.patient(L, when=when)
    a, fa = fn(ctx)
    b, fb = fn(ctx)
    variants = [
        ("%s en 14 a encore demandé son dilaudid, dernière dose à %s. pas plus tôt que 2h svp. pancréatite, lipase 1 840.",
         ("medication", "diagnosis", "lab_result")),
        ("%s (civ 3) : INR revenu à 4,2 sous coumadin, on donne vit K 2 mg PO. rien d'autre.",
         ("lab_result", "medication")),
        ("pour %s : hb de contrôle 79 après son saignement digestif, on transfuse 1 culot. la famille est au courant.",
         ("lab_result", "diagnosis")),
    ]
    body, types = ctx.pick(variants)
    nm = it.nm(p, "lower")
    body = body % ((nm, hm(later(when, -90))) if "en 14" in body else nm)
    it.t(*types)
    return _fin(it, mk(ctx, fa, [fb], ctx.pick(["civ", "ptite note", "fyi"]), when, text=body + "\n\n" + a.given[0].lower() + "\n"),
                {"form": "plain"})


# 28 ----------------------------------------------------------------- medication reconciliation XLSX
def medrec(ctx):
    it = Item(ctx, "med_reconciliation", L, True, "bilan comparatif des médicaments en XLSX")
    when = ctx.when()
    p = ctx.patient(L, when=when, min_age=50)
    ph, frm = fn(ctx)
    md, to = fn(ctx)
    meds = ctx.pick(HOME_MEDS).split(", ")
    rows = [["Patient", it.nm(p, "last_first")], ["DDN", it.dob(p, "iso")], ["Dossier", it.mrn(p)], [],
            ["Médicament domicile", "Source", "Décision à l'urgence"]]
    for m_ in meds:
        rows.append([m_, ctx.pick(["DSQ", "pharmacie", "pilulier"]), ctx.pick(["continuer", "cesser", "ajuster", "suspendre"])])
    x = A.xlsx([("BCM", rows)], author=ph.full)
    body = "Bonjour,\n\nBCM complété pour la civière %d (admission prévue). Deux divergences à valider avec toi.\n\n%s, pharm.\n" % (
        ctx.randint(1, 38), ph.full)
    it.t("medication")
    return _fin(it, mk(ctx, frm, [to], "BCM à valider", when, text=body,
                       atts=[Att("BCM_%s.xlsx" % p.mrn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)]))


TEMPLATES = [triage, trauma_alert, consult, transfer, transport, signout, lab_callback, incidental, discharge,
             pharmacy, insurer, social, dpj, psych, ics_followup, vcard_clsc, forward, subject_only, attach_name,
             tourist_fr, tourist_be, ontario, zip_bundle, eml_attached, revisit_csv, reply_consult, quick_note, medrec]
