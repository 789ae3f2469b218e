"""Positive templates, part B: batches, forwards, replies, cross-border and insurers."""
import datetime
import email.utils

from gen_base import (call_no, closing, coti, ccs, fwd_header, greet, hosp_staff, on_wrote, quote, sig,
                      spbo, unit_no, Who)
from gen_clinical import CHRONIC, L, S, pick_scenario, vitals
from gen_common import (HOSP, HOSP_BY, ORG, addr_of, dr, fmt_date, phone, phone_fmt, staff, synth_patient,
                        street_address)
from gen_docs import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_mime import Att, Msg
from gen_pos_a import clin, dest_hosp, ident_lines, lvl_txt, pt, run_report_pdf, vit


def _stamp(C, hours_before):
    return email.utils.format_datetime(C.when - datetime.timedelta(hours=hours_before))


def _mid(C, dom):
    return "<%s.%08x@%s>" % (C.when.strftime("%Y%m%d%H%M"), C.rng.getrandbits(32), dom)


def _nested(C, m, dom, hours_before):
    m.date = _stamp(C, hours_before)
    m.msgid = _mid(C, dom)
    return m


def _request_text(C, p, src, dst, md, k):
    fr = C.lang == "fr"
    idl = ident_lines(C, p, mrn=True)
    if fr:
        body = [greet(C), "", "Demande de %s." % lvl_txt(C, k["lvl"]), ""] + idl + [
            "", "Dx : " + k["dx"], "SV : " + vit(C), "Rx : " + "; ".join(k["meds"]),
            "Accepté par %s (%s), %s." % (md.display("fr"), dst["fr"], k["svc"]), "", sig(C, src)]
    else:
        body = [greet(C), "", "Request for %s." % lvl_txt(C, k["lvl"]), ""] + idl + [
            "", "Dx: " + k["dx"], "Vitals: " + vit(C), "Meds: " + "; ".join(k["meds"]),
            "Accepted by %s (%s), %s." % (md.display("en"), dst["en"], k["svc"]), "", sig(C, src)]
    return "\n".join(body)


# --------------------------------------------------------------------------
# P11 ZIP batch of run reports for an insurer / records
# --------------------------------------------------------------------------
def t_zip_batch(C, A):
    fr = C.lang == "fr"
    members, index = [], [["Appel" if fr else "Call", "Patient", "DDN" if fr else "DOB", "Date"]]
    for i in range(C.rng.randint(2, 4)):
        p = A.qc(C, nam=C.rng.random() < 0.5, min_age=16)
        k = clin(C, p, nmeds=0, nlabs=0)
        call = call_no(C)
        pdf = run_report_pdf(C, p, call, unit_no(C), k, with_name=True, home=C.rng.random() < 0.5)
        members.append(("AS803_%s.pdf" % call, pdf))
        index.append([call, "%s, %s" % (p.surname.upper(), p.given), C.dob(p, 0),
                      (C.today - datetime.timedelta(days=C.rng.randint(3, 40))).isoformat()])
    members.insert(0, ("index.csv", make_csv(index).encode("utf-8")))
    data = make_zip(members)
    sender = spbo(C, "billing")
    rec = Who(staff(C.rng, C.lang), "adm", {"fr": "Service des archives médicales", "en": "Health Records",
                                           "tel": HOSP_BY["chub"]["tel"]}, HOSP_BY["chub"]["dom"], C.lang)
    fn = C.fr("lot_dossiers_%s.zip" % C.today.strftime("%Y%m%d"), "records_batch_%s.zip" % C.today.strftime("%Y%m%d"))
    body = C.fr("\n".join([greet(C, rec), "", "Voici le lot de rapports d'intervention demandés (%d dossiers). "
                           "Le mot de passe vous sera transmis par téléphone." % (len(members) - 1), "", closing(C), sig(C, sender)]),
                "\n".join([greet(C, rec), "", "Here is the batch of requested patient care reports (%d files). "
                           "Password will be given by phone." % (len(members) - 1), "", closing(C), sig(C, sender)]))
    m = Msg(sender.pair(), [rec.pair()], C.fr("Lot de rapports demandés", "Requested PCR batch"), body,
            attachments=[Att(fn, "application/zip", data)])
    return m, "records_batch", C.fr("lot de rapports d'intervention (ZIP)", "batch of care reports (ZIP)")


# --------------------------------------------------------------------------
# P12 forwarded request as attached message/rfc822
# --------------------------------------------------------------------------
def t_forward_eml(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.6)
    src = hosp_staff(C, C.pick(["hrvc", "hsorn", "hdl"]), "liaison")
    k = clin(C, p)
    dst = dest_hosp(C, src.hosp["key"], k["scn"], p)
    md = hosp_staff(C, dst["key"], "md_er", md=True)
    co = coti(C)
    inner_subj = C.fr("Demande de transfert %s" % k["lvl"], "Transfer request %s" % k["lvl"])
    inner = _nested(C, Msg(src.pair(), [co.pair()], inner_subj, _request_text(C, p, src, dst, md, k)), src.dom, 2)
    sup = spbo(C, "sup")
    crew = spbo(C, "psa")
    body = C.fr("\n".join([greet(C, crew), "", "Je te transfère la demande du %s. Départ prévu vers %02dh%02d, "
                           "prévoir la pompe volumétrique." % (src.hosp["key"].upper(), C.rng.randint(8, 20), C.pick([0, 15, 30, 45])),
                           "", sig(C, sup, short=True)]),
                "\n".join([greet(C, crew), "", "Forwarding the request from %s. Departure around %02d:%02d, bring the "
                           "IV pump." % (src.hosp["key"].upper(), C.rng.randint(8, 20), C.pick([0, 15, 30, 45])),
                           "", sig(C, sup, short=True)]))
    m = Msg(sup.pair(), [crew.pair()], "TR: " + inner_subj if C.lang == "fr" else "FW: " + inner_subj, body,
            attachments=[Att(inner_subj + ".eml", "message/rfc822", inner)])
    return m, "forwarded_request", C.fr("demande transférée en pièce jointe .eml", "request forwarded as attached .eml")


# --------------------------------------------------------------------------
# P13 short reply with quoted original
# --------------------------------------------------------------------------
def t_reply_quoted(C, A):
    p = A.qc(C, nam=C.rng.random() < 0.5)
    src = hosp_staff(C, C.pick(["hrvc", "hsorn", "hdl"]), "liaison")
    k = clin(C, p)
    dst = dest_hosp(C, src.hosp["key"], k["scn"], p)
    md = hosp_staff(C, dst["key"], "md_er", md=True)
    co = coti(C)
    orig_subj = C.fr("Transfert %s - %s" % (k["lvl"], dst["key"].upper()), "Transfer %s - %s" % (k["lvl"], dst["key"].upper()))
    orig = _request_text(C, p, src, dst, md, k)
    t = "%02d:%02d" % (C.rng.randint(8, 21), C.pick([0, 10, 20, 30, 40, 50]))
    reply = C.fr(C.pick(["Parfait, l'unité %s sera sur place à %s." % (unit_no(C), t),
                         "Reçu. Pas de TSI disponible avant %s, je vous rappelle." % t,
                         "OK pour %s. L'infirmière doit apporter les feuilles de perfusion." % t]),
                 C.pick(["Perfect, unit %s will be there at %s." % (unit_no(C), t),
                         "Received. No critical care crew before %s, will call back." % t,
                         "OK for %s. Escort RN to bring the infusion sheets." % t]))
    style = C.rng.random()
    if style < 0.5:
        body = "\n".join([reply, "", sig(C, co, short=True), "", on_wrote(C, src, C.today), quote(orig)])
    else:
        body = "\n".join([reply, "", sig(C, co, short=True), "", "-----" + C.fr("Message d'origine", "Original Message") + "-----",
                          fwd_header(C, src, co.pair(), C.today, orig_subj), orig])
    hdrs = ["In-Reply-To: " + _mid(C, src.dom), "References: " + _mid(C, src.dom)]
    m = Msg(co.pair(), [src.pair()], ("RE: " if C.rng.random() < 0.6 else "Re: ") + orig_subj, body, headers=hdrs)
    return m, "reply", C.fr("réponse avec demande citée", "reply quoting a request")


# --------------------------------------------------------------------------
# P14 name only in the Subject
# --------------------------------------------------------------------------
def t_subject_only(C, A):
    p = A.qc(C, nam=False, min_age=40)
    fr = C.lang == "fr"
    src = hosp_staff(C, "chub", "beds")
    co = coti(C)
    room = C.rng.randint(201, 689)
    nm = C.name(p, C.pick(["title_sur", "title_full", "upper_comma", "sur_given"]))
    subj = C.fr(C.pick(["Re: retour %s (ch. %d) vers HRVC" % (nm, room), "Transfert de retour - %s" % nm]),
                C.pick(["Re: return of %s (room %d) to HRVC" % (nm, room), "Repatriation - %s" % nm]))
    k = pick_scenario(C.rng, p, C.today)
    dx = C.dx(L(k["dx"], C.lang))
    lab = C.lab(C.fr("Hb %d post-transfusion, créat %d" % (C.rng.randint(82, 110), C.rng.randint(70, 160)),
                     "Hb %d post-transfusion, creat %d" % (C.rng.randint(82, 110), C.rng.randint(70, 160))))
    med = C.med(C.pick(["apixaban 2,5 mg BID" if fr else "apixaban 2.5 mg BID", "furosémide 40 mg die" if fr else "furosemide 40 mg daily",
                        "métoprolol 25 mg BID" if fr else "metoprolol 25 mg BID"]))
    if fr:
        body = [greet(C), "", "%s stable depuis 48 h (%s), %s. Peut retourner demain en civière, sans O2." % (
            "Elle est" if p.sex == "F" else "Il est", dx, lab),
            "Feuille de transfert et liste de médicaments à jour (%s ajouté) dans l'enveloppe." % med,
            "Le lit est confirmé à l'étage de médecine de HRVC.", "", closing(C), sig(C, src)]
    else:
        body = [greet(C), "", "Stable for 48 h (%s), %s. Can go back tomorrow by stretcher, no O2." % (dx, lab),
                "Transfer sheet and updated med list (%s added) in the envelope." % med,
                "Bed confirmed on the HRVC medical floor.", "", closing(C), sig(C, src)]
    m = Msg(src.pair(), [co.pair()], subj, "\n".join(body))
    return m, "transfer_followup", C.fr("suivi de retour, nom seulement dans l'objet", "repatriation follow-up, name in subject only")


# --------------------------------------------------------------------------
# P15 name only in an attachment's file name
# --------------------------------------------------------------------------
def t_filename_only(C, A):
    p = A.qc(C, nam=False, min_age=35)
    fr = C.lang == "fr"
    call = call_no(C)
    C.t("patient_name")
    fn = C.pick(["ECG_%s_%s_%s.pdf", "ecg-%s-%s-%s.pdf", "ECG %s %s %s.pdf"]) % (p.surname, p.given, C.today.isoformat())
    C.needles.append(fn)
    dxs = C.dx(C.fr("sus-décalage ST V1-V4, STEMI antérieur", "ST elevation V1-V4, anterior STEMI"))
    med = C.med(C.fr("AAS 320 mg croqué, nitro 0,4 mg SL", "ASA 320 mg chewed, NTG 0.4 mg SL"))
    pdf = make_pdf("ECG 12 dérivations" if fr else "12-lead ECG",
                   [("Appel : %s   Heure : %02d:%02d" if fr else "Call: %s   Time: %02d:%02d") % (call, C.rng.randint(0, 23), C.rng.randint(0, 59)),
                    ("Interprétation automatique : " if fr else "Machine read: ") + dxs,
                    ("Transmis au centre de cardiologie : oui" if fr else "Transmitted to cardiac centre: yes")])
    crew = spbo(C, "psa")
    md = hosp_staff(C, "icma", "md_er", md=True)
    body = C.fr("\n".join([greet(C, md, first=False), "", "ECG de l'appel %s en pièce jointe. Homme/femme de %d ans, "
                           "DRS depuis 40 min, %s donnés. ETA 18 min, activation hémodynamie demandée." % (call, C.age(p), med),
                           "", sig(C, crew, short=True)]),
                "\n".join([greet(C, md, first=False), "", "ECG from call %s attached. %d y/o, chest pain for 40 min, %s given. "
                           "ETA 18 min, requesting cath lab activation." % (call, C.age(p), med), "", sig(C, crew, short=True)]))
    if fr:
        body = body.replace("Homme/femme", "Femme" if p.sex == "F" else "Homme")
    m = Msg(crew.pair(), [md.pair()], C.fr("ECG appel %s" % call, "ECG call %s" % call), body,
            attachments=[Att(fn, "application/pdf", pdf)])
    return m, "ecg_transmission", C.fr("ECG transmis, nom dans le nom de fichier", "ECG sent, name in file name")


# --------------------------------------------------------------------------
# P16 Ontario cross-border transfer
# --------------------------------------------------------------------------
def t_ontario(C, A):
    fr = C.lang == "fr"
    p = synth_patient(C.rng, "en", (20, 88), C.today)
    k = clin(C, p)
    rd = HOSP_BY["rdgh"]
    out = C.rng.random() < 0.5
    src = hosp_staff(C, "rdgh" if not out else C.pick(["hrvc", "hsorn"]), "liaison")
    co = coti(C)
    ohip = C.ohip()
    nm = C.name(p, C.pick(["upper_comma", "full", "title_full"]))
    dob = C.dob(p)
    addr = C.contact("%d %s, Pembridge, ON K0J 1X0" % (C.rng.randint(10, 990), C.pick(["Pine Street", "Mill Road", "Elgin Street", "River Road"])))
    if not fr:
        direction = ("Ontario resident currently at %s, to be repatriated to %s." % (src.hosp["en"], rd["en"]) if out
                     else "Patient at %s requiring %s at %s." % (rd["en"], k["svc"], HOSP_BY["chub"]["en"]))
        body = [greet(C), "", direction, "", "Name: " + nm, "DOB: " + dob, "Ontario health card: " + ohip,
                "Home address: " + addr, "Dx: " + k["dx"], "Vitals: " + vit(C), "Meds: " + "; ".join(k["meds"]),
                "Labs: " + ", ".join(k["labs"]) if k["labs"] else "Labs: pending", "",
                "Out-of-province billing will go through the reciprocal agreement. Please advise crew ETA.", "",
                closing(C), sig(C, src)]
        subj = C.pick(["Cross-border transfer - Ontario patient", "Interprovincial transfer request", "Transfer to/from Riverside"])
    else:
        direction = ("Résident de l'Ontario hospitalisé au %s, retour prévu vers %s." % (src.hosp["fr"], rd["fr"]) if out
                     else "Patient au %s nécessitant %s au %s." % (rd["fr"], k["svc"], HOSP_BY["chub"]["fr"]))
        body = [greet(C), "", direction, "", "Nom : " + nm, "DDN : " + dob, "Carte santé Ontario : " + ohip,
                "Adresse : " + addr, "Dx : " + k["dx"], "SV : " + vit(C), "Rx : " + "; ".join(k["meds"]), "",
                "Facturation hors province selon l'entente de réciprocité. Merci de nous donner l'heure d'arrivée de l'équipe.", "",
                closing(C), sig(C, src)]
        subj = C.pick(["Transfert interprovincial - usager de l'Ontario", "Demande de transfert Ontario"])
    m = Msg(src.pair(), [co.pair()], subj, "\n".join(body))
    return m, "cross_border_transfer", C.fr("transfert interprovincial avec carte santé Ontario", "interprovincial transfer with Ontario health card")


# --------------------------------------------------------------------------
# P17 French tourist, repatriation with NIR
# --------------------------------------------------------------------------
AZUR = {"fr": "Azur Assistance Internationale", "en": "Azur International Assistance", "dom": "azur-assistance.example",
        "tel": "819 555-0181"}


def t_repatriation_nir(C, A):
    fr = C.lang == "fr"
    p = synth_patient(C.rng, "fr", (25, 80), C.today, origin="fr")
    k = clin(C, p, nlabs=2)
    reg = Who(staff(C.rng, "fr"), "md_er", AZUR, AZUR["dom"], C.lang, is_md=True)
    billing = spbo(C, "billing")
    nm = C.name(p, C.pick(["upper_full", "upper_comma", "title_full"]))
    nir = C.nir(p)
    dob = C.dob(p)
    dossier = "AZ-%d-%05d" % (C.today.year, C.rng.randint(10000, 99999))
    if fr:
        body = [greet(C), "", "Dans le cadre du dossier %s, nous confirmons la prise en charge des frais de transport "
                "ambulancier pour notre assuré%s :" % (dossier, "e" if p.sex == "F" else ""), "",
                "Nom : " + nm, "Né%s le : %s" % ("e" if p.sex == "F" else "", dob), "NIR : " + nir,
                "Hospitalisation : %s depuis le %s" % (HOSP_BY["chub"]["fr"], fmt_date(C.today - datetime.timedelta(days=4), "fr", style=2)),
                "Diagnostic : " + k["dx"], "Traitement : " + "; ".join(k["meds"]), "Derniers résultats : " + ", ".join(k["labs"]),
                "", "Transport demandé : CHU de Bellerive vers l'aéroport, vol sanitaire le %s, civière, avec médecin accompagnateur." % fmt_date(C.today + datetime.timedelta(days=2), "fr", style=2),
                "Merci d'adresser la facture au nom d'Azur Assistance en rappelant la référence du dossier.", "",
                "Dr " + reg.name, "Médecin régulateur, " + AZUR["fr"], "Tél. " + AZUR["tel"]]
        subj = "Dossier %s - garantie de paiement et rapatriement" % dossier
    else:
        body = [greet(C), "", "Regarding file %s, we confirm coverage of ambulance transport costs for our insured:" % dossier, "",
                "Name: " + nm, "DOB: " + dob, "French social security no. (NIR): " + nir,
                "Admitted: %s since %s" % (HOSP_BY["chub"]["en"], fmt_date(C.today - datetime.timedelta(days=4), "en", style=1)),
                "Diagnosis: " + k["dx"], "Treatment: " + "; ".join(k["meds"]), "Latest results: " + ", ".join(k["labs"]), "",
                "Transport requested: Bellerive UHC to the airport, air ambulance on %s, stretcher, physician escort." % fmt_date(C.today + datetime.timedelta(days=2), "en", style=1),
                "Please invoice Azur Assistance quoting the file reference.", "",
                "Dr. " + reg.name, "Medical coordinator, " + AZUR["en"], "Tel. " + AZUR["tel"]]
        subj = "File %s - payment guarantee and repatriation" % dossier
    m = Msg(reg.pair(), [billing.pair()], subj, "\n".join(body), cc=[coti(C).pair()])
    return m, "repatriation", C.fr("garantie de paiement et rapatriement (NIR)", "payment guarantee and repatriation (NIR)")


# --------------------------------------------------------------------------
# P18 Belgian tourist, NISS, mutual insurer
# --------------------------------------------------------------------------
MUT = {"fr": "Mutualité Sud-Brabant", "en": "Sud-Brabant Mutual Insurance", "dom": "mutsudbrabant.example", "tel": "819 555-0182"}


def t_belgian_niss(C, A):
    fr = C.lang == "fr"
    p = synth_patient(C.rng, "fr", (18, 85), C.today, origin="be")
    k = clin(C, p, nmeds=2, nlabs=1)
    billing = spbo(C, "billing")
    agent = Who(staff(C.rng, "fr"), "adm", MUT, MUT["dom"], C.lang)
    niss = C.niss(p)
    nm = C.name(p, C.pick(["upper_comma", "full", "title_full", "sur_given"]))
    inv = "F-%d-%04d" % (C.today.year, C.rng.randint(100, 9999))
    amount = "%d,%02d $" % (C.rng.randint(400, 1900), C.rng.randint(0, 99))
    attach = C.rng.random() < 0.5
    if fr:
        detail = ["Membre : " + nm, "Numéro national (NISS) : " + niss, "Date d'intervention : " + fmt_date(C.today - datetime.timedelta(days=C.rng.randint(5, 30)), "fr", style=1),
                  "Motif de transport : " + k["dx"], "Soins administrés : " + "; ".join(k["meds"]),
                  "Facture : %s, montant %s" % (inv, amount)]
        body = [greet(C), "", "Suite à votre demande, voici les informations pour le remboursement du transport ambulancier "
                "de votre membre en séjour au Québec."] + ([""] + detail if not attach else ["Le détail est dans le document joint."]) + [
                "", "Le paiement peut être fait par virement international; les coordonnées bancaires sont sur la facture.", "",
                closing(C), sig(C, billing)]
        subj = C.pick(["Remboursement transport ambulancier - votre membre", "Facture %s - transport ambulancier" % inv])
    else:
        detail = ["Member: " + nm, "Belgian national number (NISS): " + niss, "Date of service: " + fmt_date(C.today - datetime.timedelta(days=C.rng.randint(5, 30)), "en", style=1),
                  "Reason for transport: " + k["dx"], "Care given: " + "; ".join(k["meds"]), "Invoice: %s, amount %s" % (inv, amount.replace(",", "."))]
        body = [greet(C), "", "Further to your request, here is the information for reimbursement of the ambulance transport "
                "of your member while visiting Quebec."] + ([""] + detail if not attach else ["Details are in the attached document."]) + [
                "", "Payment can be made by international wire; banking details are on the invoice.", "", closing(C), sig(C, billing)]
        subj = C.pick(["Ambulance transport reimbursement - your member", "Invoice %s - ambulance transport" % inv])
    atts = []
    if attach:
        doc = make_docx(C.fr("Attestation de transport ambulancier", "Ambulance transport certificate"), detail)
        atts.append(Att(C.fr("attestation_%s.docx" % inv, "certificate_%s.docx" % inv),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc))
    m = Msg(billing.pair(), [agent.pair()], subj, "\n".join(body), attachments=atts)
    return m, "insurer_claim", C.fr("demande de remboursement à une mutuelle (NISS)", "claim to a mutual insurer (NISS)")


# --------------------------------------------------------------------------
# P19 workplace injury transport, SIN on insurer form
# --------------------------------------------------------------------------
BIT = {"fr": "Bureau d'indemnisation des travailleurs", "en": "Workers' Compensation Office", "dom": "bit-indemnisation.example",
       "tel": "819 555-0183"}


def t_workplace_sin(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.4, min_age=18, max_age=64)
    billing = spbo(C, "billing")
    agent = Who(staff(C.rng, C.lang), "adm", BIT, BIT["dom"], C.lang)
    sin = C.sin(allow_fw=C.rng.random() < 0.3)
    inj = C.dx(C.pick(C.fr(["amputation traumatique de l'index droit", "fracture ouverte tibia-péroné gauche",
                             "brûlure chimique aux deux avant-bras", "TCC léger après chute d'échafaudage"],
                            ["traumatic amputation of right index finger", "open left tib-fib fracture",
                             "chemical burns to both forearms", "mild TBI after scaffold fall"])))
    med = C.med(C.pick(["fentanyl 75 mcg IN", "kétamine 20 mg IV" if fr else "ketamine 20 mg IV", "morphine 5 mg IV"]))
    emp = C.pick(["Scierie Lac-Vert inc.", "Toitures Boréales ltée", "Transformation Alimentaire Val-des-Cèdres", "Mines Aubert inc."])
    lines = ident_lines(C, p, mrn=False)
    lines += [C.fr("NAS : ", "SIN: ") + sin, C.fr("Employeur : ", "Employer: ") + emp,
              C.fr("Date de l'accident : ", "Date of accident: ") + fmt_date(C.today - datetime.timedelta(days=C.rng.randint(2, 20)), C.lang, C.rng),
              C.fr("Lésion : ", "Injury: ") + inj, C.fr("Soins préhospitaliers : ", "Prehospital care: ") + med,
              C.fr("Transport : lieu de travail vers ", "Transport: worksite to ") + HOSP_BY["hrvc"]["fr" if fr else "en"]]
    kind = C.pick(["pdf", "body", "docx"])
    atts = []
    if kind == "body":
        body = [greet(C, agent), "", C.fr("Voici les renseignements pour la réclamation de transport ambulancier :",
                                          "Here is the information for the ambulance transport claim:"), ""] + lines + ["", closing(C), sig(C, billing)]
    else:
        body = [greet(C, agent), "", C.fr("Vous trouverez ci-joint le formulaire de réclamation de transport ambulancier "
                                          "pour un travailleur accidenté.", "Attached is the ambulance transport claim form for an injured worker."),
                "", closing(C), sig(C, billing)]
        title = C.fr("Réclamation - transport ambulancier (lésion professionnelle)", "Claim - ambulance transport (workplace injury)")
        if kind == "pdf":
            atts.append(Att(C.fr("reclamation_BIT.pdf", "WCO_claim.pdf"), "application/pdf", make_pdf(title, [_nofw(x) for x in lines])))
        else:
            atts.append(Att(C.fr("réclamation_BIT.docx", "WCO_claim.docx"),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", make_docx(title, lines)))
    subj = C.fr("Réclamation transport - travailleur accidenté", "Transport claim - injured worker")
    m = Msg(billing.pair(), [agent.pair()], subj, "\n".join(body), attachments=atts)
    return m, "insurer_form", C.fr("réclamation d'assureur pour accident du travail (NAS)", "workers' comp claim (SIN)")


def _nofw(s):
    return "".join(chr(ord(c) - 0xFF10 + 48) if 0xFF10 <= ord(c) <= 0xFF19 else c for c in s)


# --------------------------------------------------------------------------
# P20 youth protection transport
# --------------------------------------------------------------------------
def t_youth_protection(C, A):
    fr = C.lang == "fr"
    p = A.qc(C, nam=C.rng.random() < 0.6, min_age=11, max_age=17)
    if p.nam is None:
        p = synth_patient(C.rng, C.lang, (12, 16), C.today)
    src = hosp_staff(C, C.pick(["cme", "hrvc"]), "liaison")
    co = coti(C)
    idl = ident_lines(C, p, mrn=True)
    dx = C.dx(C.pick(C.fr(["intoxication volontaire (acétaminophène), idées suicidaires", "automutilation, crise suicidaire",
                            "trouble des conduites, agitation sévère"],
                           ["intentional acetaminophen ingestion, suicidal ideation", "self-harm, suicidal crisis",
                            "conduct disorder, severe agitation"])))
    med = C.med(C.pick(["N-acétylcystéine terminée" if fr else "N-acetylcysteine completed", "loxapine 10 mg PO PRN", "quétiapine 25 mg HS" if fr else "quetiapine 25 mg HS"]))
    soc = C.social(C.pick(C.fr(["Dossier actif à la DPJ, placement en centre de réadaptation; la mère n'a pas droit de contact.",
                                "Signalement retenu par la DPJ la semaine dernière; jeune hébergé en famille d'accueil.",
                                "Ordonnance de la Chambre de la jeunesse en vigueur; risque de fugue élevé."],
                               ["Open youth protection file, placed in a rehabilitation centre; mother has no contact rights.",
                                "Youth protection report retained last week; youth living in a foster home.",
                                "Youth court order in effect; high runaway risk."])))
    if fr:
        body = [greet(C), "", "Demande de transport pour un jeune de %d ans vers le centre de réadaptation pour jeunes, "
                "avec intervenant%s de la DPJ à bord." % (C.age(p), C.pick(["", "e"])), ""] + idl + [
                "Motif d'hospitalisation : " + dx, "Médication : " + med, "Contexte : " + soc, "",
                "Merci de ne pas divulguer la destination aux parents s'ils appellent.", "", closing(C), sig(C, src)]
        subj = C.pick(["Transport jeune - DPJ", "Demande de transport confidentielle (jeunesse)"])
    else:
        body = [greet(C), "", "Transport request for a %d-year-old to the youth rehabilitation centre, with a youth "
                "protection worker on board." % C.age(p), ""] + idl + [
                "Reason for admission: " + dx, "Medication: " + med, "Context: " + soc, "",
                "Please do not disclose the destination to the parents if they call.", "", closing(C), sig(C, src)]
        subj = C.pick(["Youth transport - youth protection", "Confidential transport request (youth)"])
    m = Msg(src.pair(), [co.pair()], subj, "\n".join(body))
    return m, "youth_protection", C.fr("transport d'un jeune suivi par la DPJ", "transport of a youth under protection")
