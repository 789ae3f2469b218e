"""Positive templates, part A: transfer requests, run reports, bed lists, bookings."""
import datetime

from gen_base import (call_no, closing, coti, ccs, fwd_header, greet, hosp_staff, on_wrote, quote, sig,
                      spbo, unit_no)
from gen_clinical import CHRONIC, L, PRE, S, pick_scenario, vitals
from gen_common import HOSP, HOSP_BY, ORG, COTI, dr, fmt_date, street_address, phone, phone_fmt, day_phrase
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx
from gen_mime import Att, Msg


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def clin(C, p, pool=None, nmeds=None, nlabs=None):
    scn = pick_scenario(C.rng, p, C.today, pool)
    lang = C.lang
    out = dict(scn=scn, dx=C.dx(L(scn["dx"], lang)), svc=L(scn["svc"], lang))
    out["sx"] = C.dx(L(scn["sx"], lang)) if "sx" in scn else ""
    meds = scn["meds"][: len(scn["meds"]) if nmeds is None else nmeds]
    labs = scn["labs"][: len(scn["labs"]) if nlabs is None else nlabs]
    out["meds"] = [C.med(L(m, lang)) for m in meds] if meds else []
    out["labs"] = [C.lab(L(x, lang)) for x in labs] if labs else []
    out["lvl"] = scn.get("lvl", "SP")
    return out


def vit(C):
    C.t("lab_result")
    return vitals(C.rng, C.lang)


def pt(C, p):
    if C.lang == "fr":
        return "la patiente" if p.sex == "F" else "le patient"
    return "the patient"


def ne(C, p):
    return "née" if p.sex == "F" else "né"


def ident_lines(C, p, mrn=True, sep=" : ", name_style=None, with_sex=True, fw=True):
    """Identification block; NAM holders always get name, DOB, sex and NAM."""
    fr = C.lang == "fr"
    lines = [(("Nom" if fr else "Name") + sep + C.name(p, name_style or C.pick(["upper_comma", "full", "sur_given", "upper_full", "sur_comma"])))]
    if p.nam or C.rng.random() < 0.7:
        lines.append(("DDN" if fr else "DOB") + sep + C.dob(p))
    if p.nam or with_sex:
        lines.append(("Sexe" if fr else "Sex") + sep + C.sexm(p))
    if p.nam:
        lines.append("NAM" + sep + C.nam(p, allow_fw=fw))
    if mrn:
        lines.append((C.pick(["No dossier", "Dossier", "No de dossier"]) if fr else C.pick(["MRN", "Chart #", "Hospital #"]))
                     + sep + C.mrn(allow_fw=fw))
    return lines


def lvl_txt(C, lvl):
    if C.lang == "fr":
        return {"TSI": "transfert en soins intensifs (TSI) avec infirmière", "SA": "transport urgent, paramédics",
                "SP": "transport non urgent, paramédics"}[lvl]
    return {"TSI": "critical care transfer with RN escort", "SA": "urgent paramedic transport",
            "SP": "non-urgent paramedic transport"}[lvl]


def dest_hosp(C, exclude=None, scn=None, p=None):
    if scn is not None:
        if scn["k"] in ("stemi", "nstemi", "dissection"):
            return HOSP_BY["icma"]
        if scn.get("sex") == "F" or (p is not None and C.age(p) < 16):
            return HOSP_BY["cme"]
        return HOSP_BY["chub"]
    return C.pick([h for h in HOSP if h["prov"] == "QC" and h["key"] not in ("cpr", exclude)])


def pre_care(C, scn):
    out = []
    for x in PRE[scn["k"]]:
        out.append(L(x, C.lang) if x[1].startswith("no medication") else C.med(L(x, C.lang)))
    return "; ".join(out)


def scene_dest(C, scn, p):
    if scn["k"] == "stemi":
        return HOSP_BY["icma"]
    if C.age(p) < 16 or scn["k"] == "preeclampsia":
        return HOSP_BY["cme"]
    if scn["k"] in ("trauma", "burn", "stroke", "hsa", "dissection"):
        return HOSP_BY["chub"]
    return C.pick([HOSP_BY["hrvc"], HOSP_BY["hsorn"], HOSP_BY["hdl"]])


# --------------------------------------------------------------------------
# P1 interfacility transfer request
# --------------------------------------------------------------------------
def t_transfer_request(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.75)
    src = hosp_staff(C, C.pick(["hrvc", "hsorn", "hdl"]), "liaison")
    k = clin(C, p)
    dst = dest_hosp(C, src.hosp["key"], k["scn"], p)
    md = hosp_staff(C, dst["key"], "md_er", md=True)
    to = coti(C)
    fr = C.lang == "fr"
    hn = src.hosp["fr" if fr else "en"]
    dn = dst["fr" if fr else "en"]
    subj = C.pick(C.fr(["Demande de transfert - %s vers %s" % (src.hosp["key"].upper(), dst["key"].upper()),
                        "Transfert interétablissement %s" % k["lvl"], "URGENT - demande de transfert %s" % k["lvl"]],
                       ["Transfer request - %s to %s" % (src.hosp["key"].upper(), dst["key"].upper()),
                        "Interfacility transfer %s" % k["lvl"], "URGENT transfer request"]))
    idl = ident_lines(C, p, mrn=C.rng.random() < 0.8)
    when = C.pick(C.fr(["dès que possible", "vers 14 h", "avant 11 h si possible", "demain 08 h"],
                       ["ASAP", "around 14:00", "before 11:00 if possible", "tomorrow 08:00"]))
    if fr:
        body = [greet(C), "",
                "Nous demandons un %s pour %s suivant%s :" % (lvl_txt(C, k["lvl"]), pt(C, p), "e" if p.sex == "F" else ""), ""]
        body += idl
        body += ["", "Diagnostic : " + k["dx"], "Histoire : " + k["sx"], "SV au départ : " + vit(C),
                 "Traitement en cours : " + "; ".join(k["meds"])]
        if k["labs"]:
            body.append("Labos : " + ", ".join(k["labs"]))
        body += ["Destination : %s - %s, accepté par %s" % (dn, k["svc"], md.display("fr")),
                 "Accompagnement : " + C.pick(["infirmière de l'urgence", "inhalothérapeute + infirmière", "aucun"]),
                 "Isolement : " + C.pick(["aucun", "contact (SARM)", "gouttelettes"]),
                 "Heure souhaitée : " + when, "",
                 "Merci de confirmer l'heure de prise en charge au %s." % src.hosp["tel"], "", closing(C), sig(C, src)]
    else:
        body = [greet(C), "", "Requesting a %s for the following patient:" % lvl_txt(C, k["lvl"]), ""]
        body += idl
        body += ["", "Dx: " + k["dx"], "Hx: " + k["sx"], "Vitals at departure: " + vit(C),
                 "Current tx: " + "; ".join(k["meds"])]
        if k["labs"]:
            body.append("Labs: " + ", ".join(k["labs"]))
        body += ["Destination: %s - %s, accepted by %s" % (dn, k["svc"], md.display("en")),
                 "Escort: " + C.pick(["ED nurse", "RT + RN", "none"]),
                 "Isolation: " + C.pick(["none", "contact (MRSA)", "droplet"]),
                 "Requested time: " + when, "",
                 "Please confirm pickup time at %s." % src.hosp["tel"], "", closing(C), sig(C, src)]
    m = Msg(src.pair(), [to.pair()], subj, "\n".join(body), cc=[md.pair()] if C.rng.random() < 0.4 else ())
    return m, "transfer_request", C.fr("demande de transfert interétablissement", "interfacility transfer request")


# --------------------------------------------------------------------------
# P2 run report PDF copy
# --------------------------------------------------------------------------
def run_report_pdf(C, p, call, unit, k, with_name=True, home=True, mrn=False):
    fr = C.lang == "fr"
    lines = []
    if with_name:
        lines += ident_lines(C, p, mrn=mrn, name_style="upper_comma", fw=False) if not p.nam else []
        if p.nam:
            lines += ["Nom : %s   Prénom : %s" % (p.surname.upper(), p.given) if fr else
                      "Surname: %s   Given name: %s" % (p.surname.upper(), p.given),
                      ("Date de naissance : " if fr else "Date of birth: ") + C.dob(p, 0),
                      ("Sexe : " if fr else "Sex: ") + C.sexm(p),
                      "NAM : " + C.nam(p, allow_fw=False)]
            C.needles.append(p.surname.upper())
            C.t("patient_name")
        if home:
            lines.append(("Lieu de prise en charge (domicile) : " if fr else "Pickup location (home): ") + C.home(p))
    else:
        lines.append(("Âge : %d ans   Sexe : %s" if fr else "Age: %d   Sex: %s") % (C.age(p), C.sexm(p)))
    lines += ["", ("Appel : %s   Unité : %s   Priorité : %d" if fr else "Call: %s   Unit: %s   Priority: %d")
              % (call, unit, C.rng.randint(0, 4)),
              ("Plainte principale : " if fr else "Chief complaint: ") + k["sx"],
              ("Impression clinique : " if fr else "Clinical impression: ") + k["dx"],
              ("Interventions / médicaments : " if fr else "Interventions / medications: ") +
              pre_care(C, k["scn"]),
              ("Destination : " if fr else "Destination: ") + scene_dest(C, k["scn"], p)["fr" if fr else "en"]]
    table = [["Heure" if fr else "Time", "FC" if fr else "HR", "TA" if fr else "BP", "FR" if fr else "RR", "SpO2", "GCS"]]
    h, mnt = C.rng.randint(0, 21), C.rng.randint(0, 45)
    for i in range(3):
        table.append(["%02d:%02d" % (h, mnt + i * 6), C.rng.randint(60, 130), "%d/%d" % (C.rng.randint(90, 170),
                      C.rng.randint(50, 100)), C.rng.randint(12, 28), C.rng.randint(88, 99), C.rng.randint(11, 15)])
    C.t("lab_result")
    title = "Rapport d'intervention préhospitalière (AS-803)" if fr else "Patient Care Report (AS-803)"
    return make_pdf(title, lines, header=ORG["fr" if fr else "en"] + " - " + ORG["tel"], table=table)


def t_run_report(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.7)
    k = clin(C, p, nmeds=0, nlabs=0)
    call, unit = call_no(C), unit_no(C)
    sender = spbo(C, C.pick(["adm", "sup"]))
    rec = hosp_staff(C, None, "adm")
    name_in_file = C.rng.random() < 0.4
    fn = ("RIP_%s_%s.pdf" % (p.surname, call) if C.lang == "fr" else "PCR_%s_%s.pdf" % (p.surname, call)) \
        if name_in_file else ("AS803_%s.pdf" % call)
    if name_in_file:
        C.needles.append(p.surname)
    pdf = run_report_pdf(C, p, call, unit, k, with_name=True, home=C.rng.random() < 0.7, mrn=C.rng.random() < 0.4)
    if C.lang == "fr":
        subj = C.pick(["Copie RIP appel %s" % call, "Demande de copie - rapport d'intervention %s" % call,
                       "RE: dossier préhospitalier %s" % call])
        body = "\n".join([greet(C, rec), "", "Tel que demandé par vos archives, vous trouverez ci-joint la copie du "
                          "rapport d'intervention préhospitalière (AS-803) pour l'appel %s du %s." % (call, fmt_date(C.today, "fr", C.rng)),
                          "", "Le document est transmis en vertu de l'article 19 de la Loi sur les services de santé "
                          "et les services sociaux. Merci de ne pas le retransmettre.", "", closing(C), sig(C, sender)])
    else:
        subj = C.pick(["PCR copy call %s" % call, "Requested patient care report %s" % call, "RE: records request %s" % call])
        body = "\n".join([greet(C, rec), "", "As requested by your health records department, attached is the "
                          "patient care report (AS-803) for call %s." % call, "",
                          "Please do not forward outside the care team.", "", closing(C), sig(C, sender)])
    m = Msg(sender.pair(), [rec.pair()], subj, body, attachments=[Att(fn, "application/pdf", pdf)])
    return m, "run_report", C.fr("copie de rapport d'intervention en PDF", "patient care report PDF copy")


# --------------------------------------------------------------------------
# P3 bed coordination census (HTML table)
# --------------------------------------------------------------------------
def t_bed_census(C, A):
    fr = C.lang == "fr"
    rows = []
    n = C.rng.randint(4, 7)
    for i in range(n):
        p = A.qc(C, nam=C.rng.random() < 0.35, min_age=16)
        k = pick_scenario(C.rng, p, C.today)
        src = C.pick([h for h in HOSP if h["prov"] == "QC" and h["key"] not in ("chub", "icma", "cpr", "cme")])
        dst = dest_hosp(C, None, k, p)
        status = C.pick(C.fr(["en attente de lit", "accepté - lit USI 4", "accepté - départ 15h", "refusé (capacité)",
                              "en attente rappel MD"],
                             ["awaiting bed", "accepted - ICU bed 4", "accepted - leaving 15:00", "declined (capacity)",
                              "awaiting MD callback"]))
        row = [C.name(p, C.pick(["upper_comma", "sur_given", "initial_sur", "full"])), C.dob(p, 0), C.sexm(p),
               C.nam(p) if p.nam else "-",
               src["key"].upper(), C.dx(L(k["dx"], C.lang)), dst["key"].upper(), status]
        rows.append(row)
    head = ["Patient", "DDN" if fr else "DOB", "Sexe" if fr else "Sex", "NAM", "Origine" if fr else "From",
            "Dx", "Destination", "Statut" if fr else "Status"]
    sender = coti(C)
    recips = [hosp_staff(C, "chub", "beds").pair(), hosp_staff(C, "icma", "beds").pair()]
    th = "".join("<th style=\"border:1px solid #888;padding:3px\">%s</th>" % h for h in head)
    trs = "\n".join("<tr>%s</tr>" % "".join("<td style=\"border:1px solid #888;padding:3px\">%s</td>" % c for c in r)
                    for r in rows)
    intro = C.fr("Voici la liste des demandes de lits en cours au COTI (mise à jour %02dh00)." % C.rng.randint(7, 19),
                 "Current list of bed requests at COTI (updated %02d:00)." % C.rng.randint(7, 19))
    ask = C.fr("Pouvez-vous confirmer vos disponibilités USI/USC d'ici midi?",
               "Could you confirm ICU/step-down availability by noon?")
    g, sg = greet(C), sig(C, sender)
    html = "<p>%s</p>\n<p>%s</p>\n<table style=\"border-collapse:collapse\">\n<tr>%s</tr>\n%s\n</table>\n<p>%s</p>\n<p>%s</p>" % (
        g, intro, th, trs, ask, sg.replace("\n", "<br>\n"))
    plain = "\n".join([g, "", intro, "", " | ".join(head)] + [" | ".join(r) for r in rows] +
                      ["", ask, "", sg])
    subj = C.pick(C.fr(["Liste des demandes de lits - COTI", "Coordination des lits %s" % fmt_date(C.today, "fr", style=0),
                        "Suivi lits USI/USC"],
                       ["Bed request list - COTI", "Bed coordination %s" % fmt_date(C.today, "en", style=0),
                        "ICU/step-down bed follow-up"]))
    m = Msg(sender.pair(), recips, subj, plain, html=html)
    return m, "bed_coordination", C.fr("liste de coordination des lits", "bed coordination list")


# --------------------------------------------------------------------------
# P4 dispatch quality review of one call
# --------------------------------------------------------------------------
def t_dispatch_review(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.3, min_age=30)
    fr = C.lang == "fr"
    call = call_no(C)
    rev = spbo(C, "qual")
    disp = ccs(C)
    code = C.pick(["10-D-1", "09-E-1", "28-C-1", "06-D-2", "12-D-1", "17-B-1"])
    k = pick_scenario(C.rng, p, C.today)
    delay = C.rng.randint(11, 34)
    addr = C.home(p)
    nm = C.name(p, C.pick(["title_full", "full", "upper_comma"]))
    if fr:
        subj = C.pick(["Revue qualité - appel %s" % call, "Analyse d'appel %s (délai)" % call, "Dossier QA %s" % call])
        body = [greet(C), "",
                "Voici mon analyse préliminaire de l'appel %s reçu à %02dh%02d." % (call, C.rng.randint(0, 23), C.rng.randint(0, 59)),
                "", "Patient%s : %s, %d ans" % ("e" if p.sex == "F" else "", nm, C.age(p)),
                "Adresse de l'appel : %s" % addr,
                "Code MPDS attribué : %s ; plainte rapportée par %s : %s." % (code, C.pick(["la conjointe", "le fils", "un voisin", "la fille"]), C.dx(L(k["sx"], "fr")) if "sx" in k else C.dx(L(k["dx"], "fr"))),
                "Délai d'assignation : %d min (cible 2 min). Délai d'arrivée : %d min." % (C.rng.randint(3, 9), delay),
                "Diagnostic retenu à l'hôpital : %s." % C.dx(L(k["dx"], "fr")), "",
                "Constats : l'adresse a été validée deux fois, la carte du CAD n'affichait pas le nouveau secteur. "
                "Le RMU (%s) a appliqué le protocole correctement." % disp.name,
                "", "Je propose de présenter le cas au comité qualité du mois prochain en le dénominalisant.", "",
                closing(C), sig(C, rev)]
    else:
        subj = C.pick(["QA review - call %s" % call, "Call review %s (response delay)" % call, "QA file %s" % call])
        body = [greet(C), "", "Preliminary review of call %s received at %02d:%02d." % (call, C.rng.randint(0, 23), C.rng.randint(0, 59)),
                "", "Patient: %s, %d y/o" % (nm, C.age(p)), "Call address: %s" % addr,
                "MPDS code: %s; complaint reported by %s: %s." % (code, C.pick(["spouse", "son", "neighbour", "daughter"]), C.dx(L(k["sx"], "en")) if "sx" in k else C.dx(L(k["dx"], "en"))),
                "Assignment delay: %d min (target 2). Response time: %d min." % (C.rng.randint(3, 9), delay),
                "Hospital diagnosis: %s." % C.dx(L(k["dx"], "en")), "",
                "Findings: address verified twice; CAD map did not show the new sector. Dispatcher (%s) followed "
                "protocol." % disp.name, "", "I suggest we bring it to next month's QA committee, de-identified.", "",
                closing(C), sig(C, rev)]
    m = Msg(rev.pair(), [spbo(C, "dir").pair()], subj, "\n".join(body), cc=[disp.pair()])
    return m, "dispatch_review", C.fr("revue qualité d'un appel identifié", "QA review of an identified call")


# --------------------------------------------------------------------------
# P5 recurring dialysis / clinic transport booking
# --------------------------------------------------------------------------
def t_transport_booking(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.5, min_age=30)
    fr = C.lang == "fr"
    scn = C.pick([c for c in CHRONIC if c["k"] in ("dialysis", "chemo", "ortho_fu", "rehab")])
    clerk = hosp_staff(C, C.pick(["hrvc", "chub"]), "adm")
    sched = spbo(C, "adm")
    addr = C.home(p)
    tel = C.cell()
    mob = C.pick(C.fr(["civière", "fauteuil roulant", "marche avec aide", "civière, O2 2 L"],
                      ["stretcher", "wheelchair", "walks with assistance", "stretcher, O2 2 L"]))
    if scn["k"] == "dialysis":
        days = C.pick(C.fr(["lundi, mercredi et vendredi", "mardi, jeudi et samedi"],
                           ["Monday, Wednesday and Friday", "Tuesday, Thursday and Saturday"]))
    elif scn["k"] == "chemo":
        days = C.fr("du lundi au vendredi pendant 5 semaines", "Monday to Friday for 5 weeks")
    else:
        nd = C.today + datetime.timedelta(days=C.rng.randint(3, 20))
        days = C.fr("le " + day_phrase(nd, "fr") + " seulement", day_phrase(nd, "en") + " only")
    dx = C.dx(L(scn["dx"], C.lang))
    lines = ident_lines(C, p, mrn=C.rng.random() < 0.5)
    extra = ""
    if C.rng.random() < 0.5:
        extra = C.med(L(scn["meds"][0], C.lang))
    if fr:
        subj = C.pick(["Réservation transport récurrent", "Transport %s - nouvelle demande" % scn["k"],
                       "Demande de transport - %s" % L(scn["svc"], "fr")])
        body = [greet(C, sched), "", "Pourriez-vous inscrire le transport suivant à l'horaire?", ""] + lines + [
            "Adresse : " + addr, "Téléphone : " + tel, "Mobilité : " + mob, "Motif : " + dx + " - " + L(scn["svc"], "fr"),
            "Date(s) : %s, rendez-vous %02dh%02d, retour vers %02dh00" % (days, C.rng.randint(7, 10), C.pick([0, 15, 30]), C.rng.randint(12, 16))]
        if extra:
            body.append("Note : prend " + extra + ", apporter sa médication.")
        body += ["", "La conjointe sera présente au départ." if C.rng.random() < 0.5 else "Sonner deux fois, appartement au 2e.", "",
                 closing(C), sig(C, clerk)]
    else:
        subj = C.pick(["Recurring transport booking", "New transport request - %s" % scn["k"],
                       "Transport booking - %s" % L(scn["svc"], "en")])
        body = [greet(C, sched), "", "Could you please book the following transport?", ""] + lines + [
            "Address: " + addr, "Phone: " + tel, "Mobility: " + mob, "Reason: " + dx + " - " + L(scn["svc"], "en"),
            "Date(s): %s, appointment %02d:%02d, return around %02d:00" % (days, C.rng.randint(7, 10), C.pick([0, 15, 30]), C.rng.randint(12, 16))]
        if extra:
            body.append("Note: takes " + extra + ", bring medication.")
        body += ["", "Spouse will be home at pickup." if C.rng.random() < 0.5 else "Ring twice, 2nd floor unit.", "",
                 closing(C), sig(C, clerk)]
    m = Msg(clerk.pair(), [sched.pair()], subj, "\n".join(body))
    return m, "transport_booking", C.fr("réservation de transport récurrent", "recurring transport booking")


# --------------------------------------------------------------------------
# P6 appointment transport as ICS
# --------------------------------------------------------------------------
def t_appointment_ics(C, A):
    p = A.qc(C, nam=False, min_age=20)
    fr = C.lang == "fr"
    scn = C.pick([c for c in CHRONIC if c["k"] in ("chemo", "dialysis", "ortho_fu", "rehab")])
    sched = spbo(C, "adm")
    crew = spbo(C, "pcp")
    d = C.today + datetime.timedelta(days=C.rng.randint(1, 9))
    start = datetime.datetime(d.year, d.month, d.day, C.rng.randint(7, 12), C.pick([0, 15, 30, 45]))
    end = start + datetime.timedelta(minutes=C.pick([60, 90, 120]))
    nm = C.name(p, C.pick(["full", "upper_comma", "title_full"]))
    addr = C.home(p)
    dx = C.dx(L(scn["dx"], C.lang))
    dest = C.pick([HOSP_BY["chub"], HOSP_BY["hrvc"]])
    if fr:
        summary = "Transport civière - %s - %s" % (nm, L(scn["svc"], "fr"))
        desc = "Prise en charge au domicile : %s\nDestination : %s, %s\nMotif : %s\nMobilité : civière, 2 paramédics" % (
            addr, dest["fr"], L(scn["svc"], "fr"), dx)
        body = [greet(C), "", "Invitation pour le transport du %s. Les détails sont dans le rendez-vous." % day_phrase(d, "fr"),
                "", closing(C), sig(C, sched, short=True)]
        subj = C.pick(["Transport %s - invitation" % fmt_date(d, "fr", style=0), "Invitation : transport rendez-vous"])
    else:
        summary = "Stretcher transport - %s - %s" % (nm, L(scn["svc"], "en"))
        desc = "Pickup at home: %s\nDestination: %s, %s\nReason: %s\nMobility: stretcher, 2 medics" % (
            addr, dest["en"], L(scn["svc"], "en"), dx)
        body = [greet(C), "", "Invite for the transport on %s. Details in the calendar item." % day_phrase(d, "en"),
                "", closing(C), sig(C, sched, short=True)]
        subj = C.pick(["Transport %s - invitation" % fmt_date(d, "en", style=0), "Invitation: appointment transport"])
    ics = make_ics("%08x@spbo.example" % C.rng.getrandbits(32), start, end, summary, desc, dest["fr" if fr else "en"],
                   (sched.name, sched.email), [(crew.name, crew.email)])
    m = Msg(sched.pair(), [crew.pair()], subj, "\n".join(body),
            attachments=[Att("invite.ics", "text/calendar", ics, charset="utf-8", inline=C.rng.random() < 0.5)])
    return m, "appointment", C.fr("invitation calendrier de transport", "transport calendar invitation")


# --------------------------------------------------------------------------
# P7 vCard of a patient with recurring transports
# --------------------------------------------------------------------------
def t_vcard(C, A):
    p = A.qc(C, nam=False, min_age=40)
    scn = C.pick([c for c in CHRONIC if c["band"] != "bc"])
    coordp = coti(C)
    sched = spbo(C, "adm")
    street = "%d %s" % (C.rng.randint(10, 999), C.pick(["rue des Pins", "chemin du Lac-Vert", "rue Champlain", "rang Saint-Joseph"]))
    town, pc = C.pick([("Rivière-Noire", "J0X 2B0"), ("Lac-Plamondon", "J0X 3C0"), ("Saint-Aubin-du-Lac", "J0X 2K0")])
    tel = phone(C.rng, "819")
    C.contact(street)
    C.contact(tel)
    C.t("patient_name")
    C.needles.append(p.surname)
    note = C.fr("%s. Transports %s. O2 2 L en continu. Chien à la maison, entrée par le garage." % (L(scn["dx"], "fr"), L(scn["svc"], "fr")),
                "%s. Transports to %s. O2 2 L continuous. Dog at home, use garage entrance." % (L(scn["dx"], "en"), L(scn["svc"], "en")))
    C.dx(note)
    vcf = make_vcard(p.surname, p.given, tel=tel, adr=(street, town, pc), note=note)
    fn = "%s %s.vcf" % (p.given, p.surname)
    C.needles.append(fn)
    body = C.fr("\n".join([greet(C, sched), "", "Je t'envoie la fiche contact pour les prochains transports (voir carte jointe). "
                           "La famille demande d'appeler 30 minutes avant l'arrivée.", "", closing(C), sig(C, coordp, short=True)]),
                "\n".join([greet(C, sched), "", "Sending the contact card for the upcoming transports (attached). "
                           "Family asks for a call 30 minutes before arrival.", "", closing(C), sig(C, coordp, short=True)]))
    subj = C.fr("Fiche contact - transports récurrents", "Contact card - recurring transports")
    m = Msg(coordp.pair(), [sched.pair()], subj, body, attachments=[Att(fn, "text/vcard", vcf, charset="utf-8")])
    return m, "contact_card", C.fr("fiche vCard d'un usager transporté", "vCard of a transported patient")


# --------------------------------------------------------------------------
# P8 daily transfer log CSV
# --------------------------------------------------------------------------
def t_daily_csv(C, A):
    fr = C.lang == "fr"
    head = (["Date", "Heure", "Appel", "Nom", "Prenom", "DDN", "Sexe", "NAM", "Origine", "Destination", "Motif", "Unite"] if fr else
            ["Date", "Time", "Call", "Surname", "Given", "DOB", "Sex", "NAM", "From", "To", "Reason", "Unit"])
    rows = [head]
    for i in range(C.rng.randint(5, 9)):
        p = A.qc(C, nam=C.rng.random() < 0.4)
        k = pick_scenario(C.rng, p, C.today)
        s = C.pick([HOSP_BY["hrvc"], HOSP_BY["hsorn"], HOSP_BY["hdl"]])
        d = dest_hosp(C, None, k, p)
        C.t("patient_name")
        C.needles.append(p.surname)
        rows.append([C.today.isoformat(), "%02d:%02d" % (C.rng.randint(0, 23), C.rng.randint(0, 59)), call_no(C),
                     p.surname, p.given, C.dob(p, 0), C.sexm(p), C.nam(p, allow_fw=False) if p.nam else "",
                     s["key"].upper(), d["key"].upper(), C.dx(L(k["dx"], C.lang)), unit_no(C)])
    data = make_csv(rows, delimiter=";" if fr else ",")
    sender = spbo(C, "sup")
    rec = spbo(C, "dir")
    fn = C.fr("transferts_%s.csv" % C.today.strftime("%Y%m%d"), "transfers_%s.csv" % C.today.strftime("%Y%m%d"))
    body = C.fr("\n".join([greet(C, rec), "", "Journal des transferts interétablissements d'hier en pièce jointe "
                           "(%d transferts). Deux retards liés au délestage de l'urgence." % (len(rows) - 1), "", sig(C, sender, short=True)]),
                "\n".join([greet(C, rec), "", "Yesterday's interfacility transfer log attached (%d transfers). "
                           "Two delays due to ED offload." % (len(rows) - 1), "", sig(C, sender, short=True)]))
    m = Msg(sender.pair(), [rec.pair()], C.fr("Journal transferts ", "Transfer log ") + C.today.isoformat(), body,
            attachments=[Att(fn, "text/csv", data, charset=C.pick(["utf-8", "windows-1252", "iso-8859-1"]))])
    return m, "transfer_log", C.fr("journal quotidien des transferts (CSV)", "daily transfer log (CSV)")


# --------------------------------------------------------------------------
# P9 weekly tracking XLSX (repatriations / returns to origin hospital)
# --------------------------------------------------------------------------
def t_weekly_xlsx(C, A):
    fr = C.lang == "fr"
    head = (["Patient", "DDN", "Sexe", "NAM", "Dossier CHU", "Diagnostic", "CH d'origine", "Jours d'attente", "Remarque"] if fr else
            ["Patient", "DOB", "Sex", "NAM", "CHU chart", "Diagnosis", "Home hospital", "Days waiting", "Comment"])
    rows = [head]
    for i in range(C.rng.randint(4, 8)):
        p = A.qc(C, nam=C.rng.random() < 0.4, min_age=16)
        k = pick_scenario(C.rng, p, C.today)
        rows.append([C.name(p, "upper_comma"), C.dob(p, 0), C.sexm(p), C.nam(p, allow_fw=False) if p.nam else "",
                     C.mrn(allow_fw=False), C.dx(L(k["dx"], C.lang)),
                     C.pick(["HRVC", "HSORN", "HDL"]), C.rng.randint(1, 12),
                     C.pick(C.fr(["lit refusé 2x", "attend TSI", "famille avisée", ""], ["bed declined x2", "awaiting CCT", "family informed", ""]))])
    data = make_xlsx([(C.fr("Retours CH origine", "Returns to origin"), rows)])
    sender = coti(C)
    rec = hosp_staff(C, "chub", "beds")
    fn = C.fr("suivi_retours_semaine_%d.xlsx" % C.today.isocalendar()[1], "repatriation_tracking_wk%d.xlsx" % C.today.isocalendar()[1])
    body = C.fr("\n".join([greet(C, rec), "", "Mise à jour hebdomadaire des retours vers les centres d'origine. "
                           "Les lignes en attente depuis plus de 5 jours sont à discuter jeudi.", "", closing(C), sig(C, sender)]),
                "\n".join([greet(C, rec), "", "Weekly update of returns to origin hospitals. Lines waiting more than "
                           "5 days to be discussed Thursday.", "", closing(C), sig(C, sender)]))
    m = Msg(sender.pair(), [rec.pair()], C.fr("Suivi hebdo - retours CH d'origine", "Weekly tracking - repatriations"), body,
            attachments=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)])
    return m, "transfer_tracking", C.fr("tableau hebdomadaire des retours (XLSX)", "weekly repatriation sheet (XLSX)")


# --------------------------------------------------------------------------
# P10 incident report DOCX
# --------------------------------------------------------------------------
def t_incident_docx(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.5, min_age=50)
    fr = C.lang == "fr"
    k = clin(C, p, nmeds=1, nlabs=0)
    crew = spbo(C, "pcp")
    sup = spbo(C, "sup")
    risk = spbo(C, "qual")
    idl = ident_lines(C, p, mrn=True)
    inj = C.dx(C.fr("lacération du cuir chevelu de 3 cm, hématome à l'avant-bras", "3 cm scalp laceration, forearm haematoma"))
    if fr:
        paras = ["Déclaration d'incident / accident (formulaire AH-223)"] + idl + [
            "Date de l'événement : %s" % fmt_date(C.today, "fr", style=2),
            "Contexte : transfert de %s vers %s pour %s." % (HOSP_BY["hsorn"]["fr"], HOSP_BY["chub"]["fr"], k["dx"]),
            "Description : lors du transfert civière-lit, la ridelle droite n'était pas verrouillée; chute de l'usager au sol.",
            "Conséquences : " + inj + ". Traitement en cours : " + "; ".join(k["meds"]),
            "Mesures immédiates : évaluation par l'urgentologue, radiographie, famille avisée.",
            "Déclarant : %s, %s" % (crew.name, "paramédic")]
        body = [greet(C, risk), "", "Ci-joint la déclaration AH-223 remplie par l'équipe. Le superviseur a rencontré la famille.", "", closing(C), sig(C, sup)]
        subj = "Déclaration AH-223 - chute lors d'un transfert"
        fn = "AH-223_%s.docx" % C.today.strftime("%Y%m%d")
    else:
        paras = ["Incident / accident report (form AH-223)"] + idl + [
            "Date of event: %s" % fmt_date(C.today, "en", style=1),
            "Context: transfer from %s to %s for %s." % (HOSP_BY["hsorn"]["en"], HOSP_BY["chub"]["en"], k["dx"]),
            "Description: during stretcher-to-bed transfer the right side rail was not locked; patient fell to the floor.",
            "Outcome: " + inj + ". Current treatment: " + "; ".join(k["meds"]),
            "Immediate actions: assessed by ED physician, X-ray, family notified.",
            "Reported by: %s, paramedic" % crew.name]
        body = [greet(C, risk), "", "Attached is the AH-223 report completed by the crew. The supervisor met the family.", "", closing(C), sig(C, sup)]
        subj = "AH-223 report - fall during transfer"
        fn = "AH-223_%s.docx" % C.today.strftime("%Y%m%d")
    doc = make_docx(C.fr("Rapport d'incident", "Incident report"), paras)
    m = Msg(sup.pair(), [risk.pair()], subj, "\n".join(body), cc=[crew.pair()],
            attachments=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc)])
    return m, "incident_report", C.fr("déclaration d'incident (DOCX)", "incident report (DOCX)")
