"""Positive messages, part B: exposure source patients, hospital clinical mail, structured and hidden leaks."""
import datetime

import gen_attach as A
from gen_common import (disguise_nam, fdate, fmt_sin, make_mrn, make_sin, phone, random_employee, street, sub_rng,
                        STAFF, NAM_HOLDERS)
from gen_text import (INJ_SHORT, INJURIES, DISEASES, MEDS, JOBS, UNITS, UNITS_EN, greet, closing, signature, org_name, html_wrap,
                      text_to_html, html_table, quote, wrote_line, outlook_fwd)
from gen_util import *  # noqa: F401,F403


def _sst(role):
    return [s for s in org_staff(SST) if role.lower() in s.role_en.lower()][0]


def _emp_name(rng):
    g, s, f = random_employee(rng)
    return "%s %s" % (g, s), f


def p_source_patient(rng, lang, n):
    nurse = _sst("nurse")
    micro = [s for s in org_staff(HOSPITALS[0]) if "Microbiol" in s.role_en][0]
    idoc = [s for s in org_staff(HOSPITALS[0]) if "Infectious" in s.role_en][0]
    emp, f = _emp_name(rng)
    use_nam = rng.random() < 0.35
    p = worker_patient(rng, use_nam, 1935, 2005)
    mrn = make_mrn(rng)
    room = "%d-%d" % (rng.randint(201, 640), rng.randint(1, 2))
    res = rng.choice([("anti-VHC réactif, ARN VHC en cours ; VIH non réactif ; AgHBs négatif",
                       "anti-HCV reactive, HCV RNA pending; HIV non-reactive; HBsAg negative"),
                      ("VIH non réactif ; AgHBs négatif ; anti-VHC négatif",
                       "HIV non-reactive; HBsAg negative; anti-HCV negative"),
                      ("AgHBs POSITIF ; VIH non réactif ; anti-VHC négatif",
                       "HBsAg POSITIVE; HIV non-reactive; anti-HCV negative")])
    types = {"patient_name", "mrn", "lab_result"}
    nam_txt = ""
    if use_nam:
        nam_txt = ", NAM %s" % disguise_nam(p.nam, rng.choice([0, 1, 6]))
        types.add("ramq_nam")
    when = datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28))
    if lang == "fr":
        subj = rng.choice(["AES — sérologies du patient source", "RE: AES %s — patient source" % when.strftime("%d/%m"),
                           "Accident d'exposition au sang — résultats source"])
        req = ("Bonjour,\n\nUne employée de l'unité %s s'est piquée avec une aiguille souillée ce matin. "
               "Patient source : %s %s, dossier %s%s, chambre %s. Consentement verbal obtenu par l'infirmière au chevet.\n"
               "Merci de faire VIH, AgHBs et anti-VHC en urgence.\n\n%s" % (rng.choice(UNITS), p.title("fr"), p.full, mrn,
                                                                           nam_txt, room, nurse.full))
        body = ("%s\n\nRésultats du patient source (%s, dossier %s) : %s.\n"
                "J'ai avisé %s ; rendez-vous demain à la clinique AES. Dr %s souhaite qu'on discute du suivi du "
                "patient avec son médecin traitant.\n\n%s\n%s\n\n%s") % (
            greet(rng, "fr", nurse.given), p.rev, mrn, res[0], emp, idoc.surname, closing(rng, "fr"),
            signature(rng, micro, "fr"), quote(req, wrote_line("fr", nurse.full, fdate(when, "fr"))))
        sender, to = micro, nurse
    else:
        subj = rng.choice(["BBF exposure - source patient serology", "RE: needlestick %s - source" % when.strftime("%m/%d"),
                           "Blood exposure - source results"])
        req = ("Hi,\n\nOne of our staff on %s had a needlestick with a used needle this morning. Source patient: "
               "%s %s, chart %s%s, room %s. Verbal consent obtained by the bedside nurse.\nPlease run HIV, HBsAg and "
               "anti-HCV stat.\n\n%s" % (UNITS_EN[rng.choice(UNITS)], p.title("en"), p.full, mrn, nam_txt.replace("NAM", "RAMQ"),
                                         room, nurse.full))
        body = ("%s\n\nSource patient results (%s, chart %s): %s.\nI informed %s; booked at the BBF clinic "
                "tomorrow. Dr %s would like the patient's own follow-up discussed with the attending.\n\n%s\n%s\n\n%s") % (
            greet(rng, "en", nurse.given), p.rev, mrn, res[1], emp, idoc.surname, closing(rng, "en"),
            signature(rng, micro, "en"), quote(req, wrote_line("en", nurse.full, fdate(when, "en"))))
        sender, to = micro, nurse
    return mk("needlestick_source", lang, who(sender, lang), [who(to, lang)], subj, text=body, types=types,
              note="needlestick follow-up naming the source patient with chart number and serology")


def p_source_subject_only(rng, lang, n):
    nurse = _sst("nurse")
    p = worker_patient(rng, False, 1940, 2004)
    mrn = make_mrn(rng, 0)
    res = rng.choice([("VIH nég, VHC pos", "HIV neg, HCV pos"), ("AgHBs +", "HBsAg +"), ("VHC+ charge virale détectable", "HCV+ detectable viral load")])
    emp, f = _emp_name(rng)
    sender = rng.choice([s for s in STAFF if "Infection control" in s.role_en])
    if lang == "fr":
        subj = "Source AES %s (%s) : %s" % (p.surname.upper() + " " + p.given, mrn, res[0])
        body = "Voir objet. Peux-tu aviser %s et prévoir le suivi à 6 semaines ?\n\n%s" % (emp, sender.given)
    else:
        subj = "BBF source %s (%s): %s" % (p.surname.upper() + " " + p.given, mrn, res[1])
        body = "See subject. Can you let %s know and book the 6-week follow-up?\n\n%s" % (emp, sender.given)
    return mk("subject_only_source", lang, who(sender, lang), [who(nurse, lang)], subj, text=body,
              types={"patient_name", "mrn", "lab_result"}, note="Subject-only leak: source patient and serology")


def p_filename_only(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    k = rng.randrange(len(INJURIES))
    inj = INJURIES[k]
    sec = clinic_admin(others, doc)
    key = INJ_SHORT[k][0 if lang == "fr" else 1]
    fname = rng.choice(["RMF_%s_%s_%s.pdf" % (p.surname, p.given, key.replace("'", "")),
                        "%s %s - %s.pdf" % (p.surname.upper(), p.given, inj[0] if lang == "fr" else inj[1]),
                        "Rapport %s %s %s.pdf" % (p.given, p.surname, key)])
    pdf = A.make_pdf("Document numérisé" if lang == "fr" else "Scanned document",
                     ["Numériseur : SCAN-CLIN-02", "Pages : 3", "Résolution : 300 ppp",
                      "Le contenu numérisé suit." if lang == "fr" else "Scanned content follows."])
    body = rng.choice(["Ci-joint tel que demandé.\n\n" + sec.given, "Voir PJ.\n" + sec.given] if lang == "fr"
                      else ["Attached as requested.\n\n" + sec.given, "See attachment.\n-- " + sec.given])
    subj = rng.choice(["Document numérisé", "TR: scan", "PJ"] if lang == "fr" else ["Scanned document", "FW: scan", "Attachment"])
    return mk("filename_only", lang, who(sec, lang), [("Archives", "archives@%s" % clinic["domain"])], subj, text=body,
              atts=[att(PDF, pdf, fname, fn_style=rng.choice(["2231", "2231split", "plain"]))],
              types={"patient_name", "diagnosis"}, note="file-name-only leak: worker name and injury in attachment name")


def p_daylist_csv(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    r2 = sub_rng("daylist", n)
    head = ["Heure", "Nom", "Employeur", "Motif", "Tél."] if lang == "fr" else ["Time", "Name", "Employer", "Reason", "Phone"]
    rows = [head]
    t = 8 * 60
    for k in range(r2.randint(8, 14)):
        p = worker_patient(r2, False)
        t += r2.choice([15, 20, 30])
        inj = r2.choice(INJURIES)
        reason = r2.choice(["Suivi " + inj[0], "Nouvelle lésion : " + inj[0], "Examen pré-emploi", "Vaccin hépatite B #2"]) if lang == "fr" \
            else r2.choice(["Follow-up " + inj[1], "New injury: " + inj[1], "Pre-employment exam", "Hep B vaccine #2"])
        rows.append(["%02d:%02d" % (t // 60, t % 60), p.rev, employer(r2)[0], reason, phone(r2)])
    enc = rng.choice(["utf-8", "cp1252"])
    data = A.make_csv(rows, delimiter=";" if lang == "fr" else ",", encoding=enc, bom=enc == "utf-8" and rng.random() < 0.4)
    sec = clinic_admin(others, doc)
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    subj = ("Liste des rendez-vous du %s" % fdate(d, "fr")) if lang == "fr" else ("Appointment list for %s" % fdate(d, "en"))
    body = ("%s\n\nVoici l'horaire de demain. Deux ajouts en fin de journée.\n\n%s" % (greet(rng, "fr", doc.short("fr")), sec.given)) \
        if lang == "fr" else ("%s\n\nTomorrow's schedule. Two add-ons at the end of the day.\n\n%s" % (greet(rng, "en", doc.short("en")), sec.given))
    return mk("clinic_daylist", lang, who(sec, lang), [who(doc, lang)], subj, text=body,
              atts=[att(CSV + "; charset=" + ("utf-8" if enc == "utf-8" else "windows-1252"), data, "horaire_%s.csv" % d.strftime("%Y%m%d"))],
              types={"patient_name", "diagnosis", "patient_contact"}, note="CSV clinic day list: workers, reasons, phones")


def p_pharmacy(rng, lang, n):
    pharm = [s for s in org_staff(HOSPITALS[0]) if "Pharm" in s.role_en][0]
    clinic, doc, _ = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.4, 1950, 2000)
    types = {"patient_name", "medication"}
    dob = ""
    if rng.random() < 0.6:
        dob = fdate(p.dob, lang, 1)
        types.add("date_of_birth")
    if lang == "fr":
        subj = rng.choice(["Question — ordonnance naproxène", "Interaction possible", "Ordonnance de ce matin"])
        body = ("%s\n\nJ'ai reçu votre ordonnance de naproxène 500 mg BID pour %s%s. Au dossier pharmacologique, "
                "%s prend de la warfarine 5 mg DIE (FA) et du citalopram 20 mg. Risque hémorragique important avec l'AINS.\n"
                "Proposez-vous plutôt de l'acétaminophène 1 g QID et du diclofénac topique ?\n\n%s\n%s") % (
            greet(rng, "fr", doc.short("fr")), p.full, (" (DDN %s)" % dob) if dob else "", p.pron("fr"), closing(rng, "fr"),
            signature(rng, pharm, "fr"))
        types.add("diagnosis")
    else:
        subj = rng.choice(["Question - naproxen prescription", "Possible interaction", "This morning's Rx"])
        body = ("%s\n\nI received your naproxen 500 mg BID prescription for %s%s. The pharmacy profile shows warfarin 5 mg "
                "daily (AF) and citalopram 20 mg. Significant bleeding risk with the NSAID.\nWould acetaminophen 1 g QID "
                "plus topical diclofenac work instead?\n\n%s\n%s") % (
            greet(rng, "en", doc.short("en")), p.full, (" (DOB %s)" % dob) if dob else "", closing(rng, "en"),
            signature(rng, pharm, "en"))
        types.add("diagnosis")
    return mk("pharmacy_question", lang, who(pharm, lang), [who(doc, lang)], subj, text=body, types=types,
              note="pharmacist question on a worker patient's prescription")


def p_cholinesterase(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, True, 1960, 2005, sex="M")
    nam = disguise_nam(p.nam, rng.choice([1, 3, 5, 6, 7, 8]))
    val = rng.randint(38, 62)
    if lang == "fr":
        subj = rng.choice(["Résultat critique — cholinestérase", "Cholinestérases érythrocytaires basses"])
        body = ("%s\n\nLe labo vient d'appeler : cholinestérase érythrocytaire à %d %% de la valeur de base pour "
                "%s (NAM %s), applicateur de pesticides. Il faut le retirer de l'exposition et le revoir demain. "
                "Pouvez-vous l'appeler ?\n\n%s") % (greet(rng, "fr", doc.given), val, p.full, nam, (others[0] if others else doc).given)
    else:
        subj = rng.choice(["Critical result - cholinesterase", "Low RBC cholinesterase"])
        body = ("%s\n\nThe lab just called: RBC cholinesterase at %d%% of baseline for %s (RAMQ %s), pesticide "
                "applicator. He must be removed from exposure and seen tomorrow. Can you call him?\n\n%s") % (
            greet(rng, "en", doc.given), val, p.full, nam, (others[0] if others else doc).given)
    s = others[0] if others else doc
    return mk("lab_critical", lang, who(s, lang), [who(doc, lang)], subj, text=body,
              types={"patient_name", "ramq_nam", "lab_result"}, note="critical cholinesterase result with disguised NAM")


def p_worker_mail_fwd(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    rec = clinic_admin(others, doc)
    ph = phone(rng)
    from gen_common import slug
    pemail = "%s.%s%d@courriel-perso.example" % (slug(p.given)[:6], slug(p.surname)[:8], p.dob.year % 100)
    inj = rng.choice(INJURIES)
    d = datetime.datetime(2025, rng.randint(1, 11), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59))
    if lang == "fr":
        orig = ("Bonjour,\n\nC'est %s, j'ai vu le docteur la semaine passée pour mon dos. Je suis %s retourner "
                "travailler lundi mais j'ai encore mal quand je me penche et les pilules (cyclobenzaprine) me font "
                "dormir toute la journée. Mon boss dit que si je reviens pas il va me remplacer. Est-ce que je peux "
                "avoir un rendez-vous avant lundi ?\n\nMerci\n%s\n%s") % (p.full, "supposée" if p.sex == "F" else "supposé", p.given, ph)
        body = "%s\n\nCourriel reçu ce matin sur la boîte générale, peux-tu regarder ?\n\n%s\n\n%s\n%s" % (
            greet(rng, "fr", doc.given), rec.given,
            outlook_fwd("fr", "%s <%s>" % (p.full, pemail), fdt(d, "fr"), "info@" + clinic["domain"], "rendez-vous svp"), orig)
        subj = "TR: rendez-vous svp"
    else:
        orig = ("Hello,\n\nThis is %s, I saw the doctor last week for my back. I'm supposed to go back to work on Monday "
                "but it still hurts when I bend and the pills (cyclobenzaprine) knock me out all day. My supervisor says "
                "he'll replace me if I don't come back. Can I get an appointment before Monday?\n\nThanks\n%s\n%s") % (p.full, p.given, ph)
        body = "%s\n\nThis came into the general inbox this morning, can you have a look?\n\n%s\n\n%s\n%s" % (
            greet(rng, "en", doc.given), rec.given,
            outlook_fwd("en", "%s <%s>" % (p.full, pemail), fdt(d, "en"), "info@" + clinic["domain"], "appointment please"), orig)
        subj = "FW: appointment please"
    return mk("worker_mail_forwarded", lang, who(rec, lang), [who(doc, lang)], subj, text=body,
              types={"patient_name", "diagnosis", "medication", "patient_contact"},
              note="worker's own e-mail forwarded inline, symptoms, medication, phone")


def p_eml_attached(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.5)
    arch = [s for s in org_staff(HOSPITALS[0]) if "records" in s.role_en][0]
    inj = rng.choice(INJURIES)
    types = {"patient_name", "diagnosis", "date_of_birth"}
    nam_line = ""
    if p.nam:
        nam_line = ("NAM : %s\n" if lang == "fr" else "RAMQ: %s\n") % disguise_nam(p.nam, rng.choice([0, 2]))
        types.add("ramq_nam")
    d = datetime.datetime(2025, rng.randint(1, 10), rng.randint(1, 28), 10, 12)
    if lang == "fr":
        itext = ("Bonjour,\n\nDemande de copie du dossier d'urgence (visite du %s) pour :\n%s — DDN %s\n%s"
                 "Motif : %s, suivi CNESST.\nAutorisation signée du travailleur jointe au dossier.\n\n%s") % (
            fdate(d.date(), "fr"), p.rev, fdate(p.dob, "fr", 1), nam_line, inj[0], doc.display("fr"))
        isubj = "Demande de copie de dossier"
        body = "%s\n\nJe vous retransmets la demande ci-jointe, restée sans réponse. Merci de nous envoyer les notes d'urgence.\n\n%s" % (
            greet(rng, "fr"), signature(rng, clinic_admin(others, doc), "fr"))
        subj = "TR: Demande de copie de dossier (relance)"
    else:
        itext = ("Hello,\n\nRequest for a copy of the ER record (visit of %s) for:\n%s - DOB %s\n%s"
                 "Reason: %s, CNESST follow-up.\nSigned authorization on file.\n\n%s") % (
            fdate(d.date(), "en"), p.rev, fdate(p.dob, "en", 1), nam_line, inj[1], doc.display("en"))
        isubj = "Record copy request"
        body = "%s\n\nForwarding the attached request again, still unanswered. Please send us the ER notes.\n\n%s" % (
            greet(rng, "en"), signature(rng, clinic_admin(others, doc), "en"))
        subj = "FW: Record copy request (reminder)"
    inner = inner_eml((doc.display(lang), doc.email), [("Archives médicales", arch.email)], isubj, itext, d,
                      "req%d.%d@%s" % (n, d.day, clinic["domain"]), cte=rng.choice(["quoted-printable", "8bit", "base64"]))
    sender = clinic_admin(others, doc)
    return mk("eml_attached", lang, who(sender, lang), [who(arch, lang)], subj, text=body,
              atts=[att_eml(inner, "%s.eml" % isubj, as_octet=rng.random() < 0.4)], types=types,
              note="record request attached as a message, with worker identity and injury")


def p_zip_report(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.5)
    d = rng.choice(DISEASES[5:7] + [(i[0], i[1]) for i in INJURIES[8:11]])
    psy = d in DISEASES[5:7]
    med = MEDS[8] if psy else rng.choice([MEDS[1], MEDS[6], MEDS[10]])
    types = {"patient_name", "diagnosis", "date_of_birth", "medication"}
    paras = []
    if lang == "fr":
        paras = ["Identification : %s, né%s le %s" % (p.full, "e" if p.sex == "F" else "", fdate(p.dob, "fr"))]
        if p.nam:
            paras.append("NAM : %s" % p.nam)
            types.add("ramq_nam")
        paras += ["## Histoire", "%s chez %s, en arrêt depuis février. Diagnostic : %s." % ("Travailleuse" if p.sex == "F" else "Travailleur", employer(rng)[0], d[0]),
                  "## Traitement", "Médication actuelle : %s ; %s." % (med[0], "psychothérapie hebdomadaire" if psy else "physiothérapie 2 fois par semaine"),
                  "## Opinion", "Lésion non consolidée. Capacité résiduelle à réévaluer dans 6 semaines."]
        title = "Rapport d'expertise médicale"
    else:
        paras = ["Identification: %s, born %s" % (p.full, fdate(p.dob, "en"))]
        if p.nam:
            paras.append("RAMQ: %s" % p.nam)
            types.add("ramq_nam")
        paras += ["## History", "Works for %s, off work since February. Diagnosis: %s." % (employer(rng)[0], d[1]),
                  "## Treatment", "Current medication: %s; %s." % (med[1], "weekly psychotherapy" if psy else "physiotherapy twice a week"),
                  "## Opinion", "Not consolidated. Residual capacity to be reassessed in 6 weeks."]
        title = "Independent medical evaluation"
    docx = A.make_docx(title, paras, author=doc.full)
    readme = ("Dossier transmis au BEM. Ne pas diffuser.\n" if lang == "fr" else "File sent to the medical review office.\n").encode("utf-8")
    z = A.make_zip([("expertise/%s_%s.docx" % ("rapport" if lang == "fr" else "report", p.surname.replace("'", "")), docx),
                    ("expertise/LISEZMOI.txt", readme)])
    ins, idom = rng.choice([("Assurances collectives Horizon", "horizon-assur.example"), ("Bureau d'évaluation médicale", "bem-regional.example")])
    subj = ("Expertise — dossier complet (zip)" if lang == "fr" else "IME - full file (zip)")
    body = ("%s\n\nTel que convenu, le rapport d'expertise est dans l'archive jointe. Mot de passe transmis par téléphone.\n\n%s"
            % (greet(rng, "fr"), signature(rng, doc, "fr"))) if lang == "fr" else \
        ("%s\n\nAs agreed, the IME report is in the attached archive. Password given by phone.\n\n%s" % (greet(rng, "en"), signature(rng, doc, "en")))
    return mk("zip_report", lang, who(doc, lang), [(ins, "dossiers@" + idom)], subj, text=body,
              atts=[att(ZIP, z, "expertise_%s.zip" % n)], types=types, note="ZIP with a DOCX medical evaluation report")


def p_er_handover(rng, lang, n):
    er = [s for s in org_staff(HOSPITALS[0]) if "Emergency" in s.role_en][0]
    r2 = sub_rng("handover", n)
    lines = []
    types = {"patient_name", "diagnosis", "mrn"}
    items = [("chute d'échafaudage 4 m, fx calcanéum G, ortho ce matin", "fall from 4 m scaffold, L calcaneus fx, ortho this am"),
             ("brûlure 2e degré main D (vapeur, usine), pansements, plasties avisées", "2nd-degree burn R hand (steam, plant), dressings, plastics aware"),
             ("écrasement doigt, amputation P3 index, antibio IV", "crush injury, P3 index amputation, IV antibiotics"),
             ("DRS atypique, tropos x2 nég, congé si 3e nég", "atypical chest pain, trops x2 neg, d/c if 3rd neg"),
             ("intox CO (garage), HbCO 18 %, O2 100 %", "CO poisoning (garage), COHb 18%, 100% O2"),
             ("pyélo, ceftriaxone, attend lit 4B", "pyelonephritis, ceftriaxone, waiting for 4B bed"),
             ("MPOC exacerbée, BiPAP la nuit, pneumo demain", "COPD exacerbation, BiPAP overnight, resp consult tomorrow"),
             ("coup de chaleur (couvreur), T 40,1, refroidi, CK à recontrôler", "heat stroke (roofer), T 40.1, cooled, repeat CK")]
    r2.shuffle(items)
    for k in range(r2.randint(4, 7)):
        p = worker_patient(r2, False, 1935, 2008)
        mrn = make_mrn(r2, r2.choice([0, 1]))
        bed = "C%d" % r2.randint(1, 24)
        item = items[k]
        nm = r2.choice([p.rev, p.full, p.surname.upper()]) if k else p.rev
        lines.append("%s  %s (%s) — %s" % (bed, nm, mrn, item[0] if lang == "fr" else item[1]))
    if lang == "fr":
        subj = rng.choice(["Sign-out urgence — nuit", "Liste de départ 23 h", "Patients en attente — relève"])
        body = "%s\n\nListe pour la relève :\n\n%s\n\nRien d'autre de pendant. Bonne nuit !\n%s" % (greet(rng, "fr"), "\n".join(lines), er.given)
    else:
        subj = rng.choice(["ED sign-out - nights", "Handover list 23:00", "Pending patients - handover"])
        body = "%s\n\nHandover list:\n\n%s\n\nNothing else pending. Good night!\n%s" % (greet(rng, "en"), "\n".join(lines), er.given)
    to = [("Urgence — médecins", "urgence-md@cisss3r.example")]
    return mk("er_handover", lang, who(er, lang), to, subj, text=body, types=types,
              note="ED sign-out list with names, chart numbers and problems")


def p_discharge(rng, lang, n):
    ortho = [s for s in org_staff(HOSPITALS[0]) if "Orthop" in s.role_en][0]
    clinic, doc, _ = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.4)
    mrn = make_mrn(rng, 1)
    types = {"patient_name", "diagnosis", "medication", "mrn", "date_of_birth"}
    adm = datetime.date(2025, rng.randint(1, 10), rng.randint(1, 20))
    if lang == "fr":
        paras = ["Patient : %s    Dossier : %s    DDN : %s" % (p.rev, mrn, fdate(p.dob, "fr", 1))]
        if p.nam and rng.random() < 0.6:
            paras.append("NAM : %s" % disguise_nam(p.nam, 1))
            types.add("ramq_nam")
        paras += ["Admission : %s    Congé : %s" % (fdate(adm, "fr", 1), fdate(add_days(adm, 4), "fr", 1)),
                  "## Diagnostic principal", "Fracture bimalléolaire de la cheville droite (chute d'un quai de chargement au travail).",
                  "## Intervention", "Réduction ouverte et fixation interne le %s." % fdate(add_days(adm, 1), "fr", 1),
                  "## Médication au congé", "Hydromorphone 1 mg q4h PRN, acétaminophène 1 g QID, énoxaparine 40 mg SC DIE x 28 jours.",
                  "## Suivi", "Clinique d'orthopédie dans 2 semaines; suivi CNESST par %s." % doc.display("fr")]
        title = "Résumé de congé"
        subj = rng.choice(["Résumé de congé — votre travailleur", "Congé hospitalier + suivi CNESST"])
        body = "%s\n\nCi-joint le résumé de congé pour le suivi en médecine du travail.\n\n%s" % (greet(rng, "fr", doc.short("fr")), signature(rng, ortho, "fr"))
    else:
        paras = ["Patient: %s    MRN: %s    DOB: %s" % (p.rev, mrn, fdate(p.dob, "en", 1))]
        if p.nam and rng.random() < 0.6:
            paras.append("RAMQ: %s" % disguise_nam(p.nam, 1))
            types.add("ramq_nam")
        paras += ["Admitted: %s    Discharged: %s" % (fdate(adm, "en", 1), fdate(add_days(adm, 4), "en", 1)),
                  "## Principal diagnosis", "Right bimalleolar ankle fracture (fell from a loading dock at work).",
                  "## Procedure", "Open reduction and internal fixation on %s." % fdate(add_days(adm, 1), "en", 1),
                  "## Discharge medication", "Hydromorphone 1 mg q4h PRN, acetaminophen 1 g QID, enoxaparin 40 mg SC daily x 28 days.",
                  "## Follow-up", "Orthopaedic clinic in 2 weeks; CNESST follow-up by %s." % doc.display("en")]
        title = "Discharge summary"
        subj = rng.choice(["Discharge summary - your worker", "Hospital discharge + CNESST follow-up"])
        body = "%s\n\nAttached is the discharge summary for occupational follow-up.\n\n%s" % (greet(rng, "en", doc.short("en")), signature(rng, ortho, "en"))
    docx = A.make_docx(title, paras, author=ortho.full)
    fname = rng.choice(["resume_conge_%s.docx" % mrn.replace(" ", ""), "%s.docx" % title, "RC_%s.docx" % p.surname])
    if fname.startswith("RC_"):
        pass
    return mk("discharge_summary", lang, who(ortho, lang), [who(doc, lang)], subj, text=body,
              atts=[att(DOCX, docx, fname, fn_style="2231")], types=types, note="DOCX discharge summary of an injured worker")


def p_invoice_patient(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, True)
    inj = rng.choice(INJURIES)
    inv = "F-%d-%05d" % (2025, rng.randint(1, 99999))
    types = {"patient_name", "ramq_nam", "diagnosis"}
    rows = [["Code", "Description", "Montant"] if lang == "fr" else ["Code", "Description", "Amount"],
            ["MT-01", "Visite initiale" if lang == "fr" else "Initial visit", "95,00 $" if lang == "fr" else "$95.00"],
            ["MT-07", "Attestation médicale" if lang == "fr" else "Medical certificate", "45,00 $" if lang == "fr" else "$45.00"],
            ["RX-02", "Radiographie" if lang == "fr" else "X-ray", "60,00 $" if lang == "fr" else "$60.00"]]
    lines = [("Facture %s" if lang == "fr" else "Invoice %s") % inv,
             ("Travailleur : %s    NAM : %s" if lang == "fr" else "Worker: %s    RAMQ: %s") % (p.rev, p.nam),
             ("Diagnostic : %s (%s)" if lang == "fr" else "Diagnosis: %s (%s)") % (inj[0] if lang == "fr" else inj[1], inj[2]), ""] + \
        ["   ".join(r) for r in rows] + ["", "Total : 200,00 $" if lang == "fr" else "Total: $200.00"]
    pdf = A.make_pdf(("Facture — " if lang == "fr" else "Invoice - ") + org_name(clinic, lang), lines, author=clinic["short"])
    sec = clinic_admin(others, doc)
    subj = ("Facture %s — lésion professionnelle" % inv) if lang == "fr" else ("Invoice %s - work injury" % inv)
    body = ("%s\n\nVeuillez trouver notre facture pour les services rendus. Paiement à 30 jours.\n\n%s" % (greet(rng, "fr"), signature(rng, sec, "fr"))) \
        if lang == "fr" else ("%s\n\nPlease find our invoice for services rendered. Net 30.\n\n%s" % (greet(rng, "en"), signature(rng, sec, "en")))
    return mk("invoice_with_patient", lang, who(sec, lang), [("Comptes fournisseurs", "paiements@cnesst-agents.example")], subj, text=body,
              atts=[att(PDF, pdf, "%s.pdf" % inv)], types=types, note="invoice PDF that names the worker with NAM and diagnosis")


def p_hearing_claim(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.5, 1940, 1965)
    types = {"patient_name", "lab_result", "diagnosis", "date_of_birth"}
    freqs = [500, 1000, 2000, 3000, 4000, 6000]
    od = [15, 20, 30, 50, 65, 60]
    og = [15, 25, 35, 55, 70, 65]
    lines = [("Nom : %s" if lang == "fr" else "Name: %s") % p.full,
             ("Date de naissance : %s" if lang == "fr" else "Date of birth: %s") % fdate(p.dob, lang, 1)]
    if p.nam:
        lines.append(("NAM : %s" if lang == "fr" else "RAMQ: %s") % disguise_nam(p.nam, 4))
        types.add("ramq_nam")
    lines += ["", "Hz:  " + "  ".join(str(f) for f in freqs), "OD:  " + "  ".join(str(v) for v in od),
              "OG:  " + "  ".join(str(v) for v in og), "",
              ("Conclusion : surdité neurosensorielle bilatérale compatible avec une exposition prolongée au bruit "
               "(38 ans en scierie)." if lang == "fr" else
               "Conclusion: bilateral sensorineural hearing loss consistent with long-term noise exposure (38 years in a sawmill).")]
    pdf = A.make_pdf("Audiogramme" if lang == "fr" else "Audiogram", lines, org_line=org_name(clinic, lang))
    subj = "Réclamation surdité professionnelle" if lang == "fr" else "Occupational hearing loss claim"
    body = ("%s\n\nPour compléter la réclamation de votre client, voici l'audiogramme réalisé le %s.\n\n%s" % (
        greet(rng, "fr", "Me Lussier"), fdate(datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28)), "fr"), signature(rng, doc, "fr"))) \
        if lang == "fr" else ("%s\n\nTo complete your client's claim, here is the audiogram done on %s.\n\n%s" % (
            greet(rng, "en", "Counsel"), fdate(datetime.date(2025, rng.randint(1, 10), rng.randint(1, 28)), "en"), signature(rng, doc, "en")))
    return mk("hearing_claim", lang, who(doc, lang), [("Me Danielle Lussier", "dlussier@avocats-travail.example")], subj,
              text=body, atts=[att(PDF, pdf, "audiogramme_%s.pdf" % p.surname.lower(), fn_style="plain")], types=types,
              note="audiogram PDF for a retired worker's hearing-loss claim")


def p_lowercase(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    inj = rng.choice(INJURIES)
    nm = rng.choice(["%s %s" % (p.given.lower(), p.surname.lower()), "%s %s" % (p.surname.lower(), p.given.lower()),
                     p.initials_name()])
    colleague = (others[0] if others else doc)
    if lang == "fr":
        subj = rng.choice(["petite question", "pour demain", "suivi"])
        body = ("salut,\nas-tu eu le rapport d'imagerie de %s? ça s'améliore pas (%s), je pense %s en ortho. "
                "%s est encore sur le tramadol.\nmerci\n%s") % (nm, inj[0], "l'envoyer", p.pron("fr"), doc.given.lower())
    else:
        subj = rng.choice(["quick q", "for tomorrow", "follow up"])
        body = ("hey,\ndid you get the imaging report for %s? the %s isn't getting better, thinking of sending to ortho. "
                "%s's still on tramadol.\nthx\n%s") % (nm, inj[1], p.pron("en"), doc.given.lower())
    return mk("lowercase_name", lang, who(doc, lang), [who(colleague, lang)], subj, text=body,
              types={"patient_name", "diagnosis", "medication"}, note="informal note, lower-case or initials name with injury")


def p_mental_health(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.35)
    types = {"patient_name", "diagnosis", "medication"}
    emp, dom = employer(rng)
    ins, idom = rng.choice([("Assurances collectives Horizon", "horizon-assur.example"), ("Groupe Vigie Réadaptation", "vigie-readapt.example")])
    nam = ""
    if p.nam:
        nam = (" (NAM %s)" if lang == "fr" else " (RAMQ %s)") % disguise_nam(p.nam, rng.choice([0, 1, 2]))
        types.add("ramq_nam")
    if lang == "fr":
        subj = "Invalidité — mise à jour médicale"
        body = ("%s\n\nMise à jour pour %s%s, %s chez %s : trouble de l'adaptation avec humeur anxieuse à la suite d'une "
                "agression au travail. Sertraline augmentée à 100 mg DIE, zopiclone 7,5 mg HS au besoin, suivi en "
                "psychologie aux deux semaines. Pas de retour au travail avant la réévaluation du %s.\n\n%s\n%s") % (
            greet(rng, "fr"), p.full, nam, rng.choice(JOBS)[0], emp,
            fdate(datetime.date(2025, rng.randint(2, 12), rng.randint(1, 28)), "fr"), closing(rng, "fr"), signature(rng, doc, "fr", True))
    else:
        subj = "Disability - medical update"
        body = ("%s\n\nUpdate for %s%s, %s at %s: adjustment disorder with anxiety following an assault at work. "
                "Sertraline increased to 100 mg daily, zopiclone 7.5 mg at bedtime PRN, psychology every two weeks. "
                "No return to work before the reassessment on %s.\n\n%s\n%s") % (
            greet(rng, "en"), p.full, nam, rng.choice(JOBS)[1], emp,
            fdate(datetime.date(2025, rng.randint(2, 12), rng.randint(1, 28)), "en"), closing(rng, "en"), signature(rng, doc, "en", True))
    return mk("mental_health_disability", lang, who(doc, lang), [(ins, "invalidite@" + idom)], subj, text=body, types=types,
              note="disability update: worker's psychiatric diagnosis and medication")


def p_youth_worker(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    from gen_common import random_patient
    p = worker_patient(rng, False, 2008, 2009, sex="M")
    tsw = [s for s in org_staff(HOSPITALS[1]) if "Social" in s.role_en][0]
    if lang == "fr":
        subj = rng.choice(["Jeune travailleur 16 ans — signalement?", "Besoin d'avis — mineur blessé au travail"])
        body = ("%s\n\n%s, 16 ans (DDN %s), a été vu pour une lacération profonde de l'avant-bras subie sur une "
                "trancheuse au restaurant où il travaille le soir. Il dit travailler 35 h/semaine pendant l'année "
                "scolaire et vivre seul avec un oncle depuis que la DPJ l'a retiré de chez sa mère. L'employeur n'a "
                "pas déclaré l'accident.\n\nDevons-nous aviser son intervenante à la DPJ ? Il a donné le numéro %s.\n\n%s\n%s") % (
            greet(rng, "fr", tsw.given), p.full, fdate(p.dob, "fr"), phone(rng), closing(rng, "fr"), signature(rng, doc, "fr"))
    else:
        subj = rng.choice(["16-year-old worker - report?", "Advice needed - injured minor worker"])
        body = ("%s\n\n%s, 16 (DOB %s), was seen for a deep forearm laceration from a meat slicer at the restaurant where "
                "he works evenings. He says he works 35 h/week during the school year and lives alone with an uncle since "
                "youth protection removed him from his mother's home. The employer did not report the accident.\n\n"
                "Should we inform his youth protection worker? He gave the number %s.\n\n%s\n%s") % (
            greet(rng, "en", tsw.given), p.full, fdate(p.dob, "en"), phone(rng), closing(rng, "en"), signature(rng, doc, "en"))
    return mk("youth_worker", lang, who(doc, lang), [who(tsw, lang)], subj, text=body,
              types={"patient_name", "date_of_birth", "diagnosis", "social_information"},
              note="injured minor worker with youth-protection history")


def p_mesothelioma(rng, lang, n):
    pneumo = [s for s in org_staff(HOSPITALS[1]) if "Respir" in s.role_en][0]
    clinic, doc, _ = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.5, 1933, 1960, sex="M")
    mrn = make_mrn(rng, 3)
    types = {"patient_name", "diagnosis", "mrn"}
    nam = ""
    if p.nam and rng.random() < 0.6:
        nam = ", NAM %s" % disguise_nam(p.nam, 2)
        types.add("ramq_nam")
    if lang == "fr":
        subj = "Maladie professionnelle — mésothéliome — %s" % p.surname
        body = ("%s\n\nJe vous adresse %s %s (dossier %s%s), ancien tuyauteur exposé à l'amiante de 1971 à 1995. "
                "Biopsie pleurale : mésothéliome épithélioïde. Il souhaite déposer une réclamation à la CNESST ; "
                "pouvez-vous le voir pour compléter le volet professionnel ? Il est suivi en oncologie (chimiothérapie "
                "carboplatine-pémétrexed).\n\n%s\n%s") % (greet(rng, "fr", doc.short("fr")), p.title("fr"), p.full, mrn, nam,
                                                         closing(rng, "fr"), signature(rng, pneumo, "fr"))
        types.add("medication")
    else:
        subj = "Occupational disease - mesothelioma - %s" % p.surname
        body = ("%s\n\nReferring %s %s (MRN %s%s), a retired pipefitter exposed to asbestos 1971-1995. Pleural biopsy: "
                "epithelioid mesothelioma. He wishes to file a CNESST claim; could you see him for the occupational "
                "part? He is followed in oncology (carboplatin-pemetrexed).\n\n%s\n%s") % (
            greet(rng, "en", doc.short("en")), p.title("en"), p.full, mrn, nam.replace("NAM", "RAMQ"), closing(rng, "en"),
            signature(rng, pneumo, "en"))
        types.add("medication")
    return mk("mesothelioma_referral", lang, who(pneumo, lang), [who(doc, lang)], subj, text=body, types=types,
              note="retired worker with mesothelioma referred for occupational claim")


def p_hepb_outside(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    r2 = sub_rng("hepb", n)
    emp, dom = ("Nettoyage industriel Apex", "apex-nettoyage.example")
    head = ["Employé", "Dose 1", "Dose 2", "Dose 3", "Anti-HBs (UI/L)", "Statut"] if lang == "fr" else \
        ["Employee", "Dose 1", "Dose 2", "Dose 3", "Anti-HBs (IU/L)", "Status"]
    rows = [head]
    for k in range(r2.randint(5, 9)):
        p = worker_patient(r2, False)
        t = r2.choices([2, 5, 8, 45, 120, 380, ">1000"], [1, 1, 1, 3, 3, 3, 2])[0]
        ok = (t == ">1000") or (isinstance(t, int) and t >= 10)
        st = ("Immun" if ok else "Non-répondeur — 2e série") if lang == "fr" else ("Immune" if ok else "Non-responder - 2nd series")
        rows.append([p.full, "2025-01-%02d" % r2.randint(6, 30), "2025-02-%02d" % r2.randint(3, 27), "2025-07-%02d" % r2.randint(1, 30), t, st])
    hr = contact_person(rng)
    intro = ("Voici le bilan de la vaccination hépatite B de vos employés d'entretien (contrat 2025). Les non-répondeurs "
             "seront convoqués." if lang == "fr" else
             "Here is the hepatitis B vaccination summary for your maintenance crew (2025 contract). Non-responders will be called back.")
    gr, cl = greet(rng, lang, hr[0]), closing(rng, lang)
    html = html_wrap("<p>%s</p><p>%s</p>%s<p>%s<br>%s</p>" % (gr, intro, html_table(rows), cl,
                                                        (others[0] if others else doc).full), lang)
    text = "%s\n\n%s\n\n%s\n\n%s\n%s" % (gr, intro, "\n".join(" | ".join(str(c) for c in r) for r in rows),
                                         cl, (others[0] if others else doc).full)
    subj = "Vaccination hépatite B — bilan" if lang == "fr" else "Hepatitis B vaccination - summary"
    s = others[0] if others else doc
    return mk("hepb_outside_workers", lang, who(s, lang), [("%s %s" % hr[:2], contact_email(hr[0], hr[1], dom))], subj,
              text=text, html=html, types={"patient_name", "lab_result", "medication"},
              note="client company's workers with hep B vaccine doses and anti-HBs titres")


def p_quoted_leak(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.3)
    inj = rng.choice(INJURIES)
    sec = clinic_admin(others, doc)
    types = {"patient_name", "diagnosis"}
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    ph = phone(rng)
    types.add("patient_contact")
    if lang == "fr":
        orig = ("Peux-tu rappeler %s au %s pour devancer son rendez-vous ? Ça s'est aggravé depuis le retour au "
                "travail (%s), je dois %s voir cette semaine.\n\n%s") % (p.full, ph, inj[0], "la" if p.sex == "F" else "le", doc.given)
        body = "Oui c'est fait, je l'ai mis jeudi 9 h 20.\n\n%s\n\n%s" % (sec.given, quote(orig, wrote_line("fr", doc.display("fr"), fdate(d, "fr"))))
        subj = "RE: à rappeler"
    else:
        orig = ("Can you call %s back at %s to move up the appointment? The %s got worse since going back to work, "
                "needs to be seen this week.\n\n%s") % (p.full, ph, inj[1], doc.given)
        body = "Done, booked Thursday 9:20.\n\n%s\n\n%s" % (sec.given, quote(orig, wrote_line("en", doc.display("en"), fdate(d, "en"))))
        subj = "RE: call back"
    return mk("quoted_reply_leak", lang, who(sec, lang), [who(doc, lang)], subj, text=body, types=types,
              note="short reply, the identifying request is only in the quoted part", reply_to_id="q%d@%s" % (n, clinic["domain"]))


def p_subject_mri(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    d = rng.choice([("hernie L5-S1", "L5-S1 herniation"), ("déchirure coiffe D", "R cuff tear"), ("SDRC main G", "CRPS L hand")])
    if lang == "fr":
        subj = "URGENT IRM — %s, %s — %s" % (p.surname.upper(), p.given, d[0])
        body = "Peux-tu lui trouver une plage cette semaine svp ? Requête faxée.\n\n" + doc.given
    else:
        subj = "URGENT MRI - %s, %s - %s" % (p.surname.upper(), p.given, d[1])
        body = "Can you find a slot this week please? Requisition faxed.\n\n" + doc.given
    return mk("subject_only_mri", lang, who(doc, lang), [("Imagerie — rendez-vous", "imagerie-rdv@cisss3r.example")], subj,
              text=body, types={"patient_name", "diagnosis"}, note="Subject-only leak: worker name and imaging indication")


def p_claim_form(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, rng.random() < 0.4)
    sin = make_sin(rng)
    adr = street(rng)
    ph = phone(rng)
    inj = rng.choice(INJURIES)
    types = {"patient_name", "ca_sin", "patient_contact", "date_of_birth", "diagnosis"}
    if lang == "fr":
        title = "Réclamation du travailleur — brouillon"
        table = [["Nom", p.surname], ["Prénom", p.given], ["Date de naissance", fdate(p.dob, "fr", 1)],
                 ["NAS", fmt_sin(sin, rng.randint(0, 2))], ["Adresse", adr], ["Téléphone", ph],
                 ["Description de l'événement", "Glissé sur plancher huileux, %s" % inj[0]]]
        paras = ["Remplir avec le travailleur lors de la visite. Vérifier la signature."]
    else:
        title = "Worker's claim - draft"
        table = [["Last name", p.surname], ["First name", p.given], ["Date of birth", fdate(p.dob, "en", 1)],
                 ["SIN", fmt_sin(sin, rng.randint(0, 2))], ["Address", adr], ["Phone", ph],
                 ["Description of event", "Slipped on oily floor, %s" % inj[1]]]
        paras = ["Complete with the worker during the visit. Check signature."]
    if p.nam:
        table.insert(4, ["NAM" if lang == "fr" else "RAMQ", p.nam])
        types.add("ramq_nam")
    docx = A.make_docx(title, paras, table=table, author=clinic["short"])
    nurse = others[0] if others else doc
    subj = "Réclamation à faire signer" if lang == "fr" else "Claim form to sign"
    body = ("%s\n\nJ'ai prérempli la réclamation, peux-tu la faire signer demain ?\n\n%s" % (greet(rng, "fr", nurse.given), doc.given)) \
        if lang == "fr" else ("%s\n\nI pre-filled the claim, can you get it signed tomorrow?\n\n%s" % (greet(rng, "en", nurse.given), doc.given))
    return mk("claim_form_sin", lang, who(doc, lang), [who(nurse, lang)], subj, text=body,
              atts=[att(DOCX, docx, "reclamation_%s.docx" % p.surname.lower() if lang == "fr" else "claim_%s.docx" % p.surname.lower(), fn_style="2231")],
              types=types, note="pre-filled claim DOCX with SIN, address and phone")


def p_employer_thread(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, False)
    emp, dom = employer(rng)
    hr = contact_person(rng)
    inj = rng.choice(INJURIES)
    d = datetime.date(2025, rng.randint(1, 11), rng.randint(1, 28))
    nurse = others[0] if others else doc
    if lang == "fr":
        q = ("Bonjour,\n\nPouvez-vous nous dire quand %s pourra revenir ? Nous devons planifier les quarts.\n\n%s %s\n%s" %
             (p.full, hr[0], hr[1], emp))
        body = ("%s\n\nLe médecin a revu %s hier : la lésion (%s) évolue lentement, physiothérapie 3 fois par semaine et "
                "anti-inflammatoire. Retour progressif envisagé dans 3 semaines.\n\n%s\n%s\n\n%s") % (
            greet(rng, "fr", hr[0]), p.given, inj[0],
            closing(rng, "fr"), signature(rng, nurse, "fr"), quote(q, wrote_line("fr", "%s %s" % hr[:2], fdate(d, "fr"))))
        subj = "RE: Date de retour — %s" % p.surname
    else:
        q = ("Hi,\n\nCould you tell us when %s can come back? We need to plan shifts.\n\n%s %s\n%s" % (p.full, hr[0], hr[1], emp))
        body = ("%s\n\nThe doctor saw %s yesterday: the %s is slow to improve, physio three times a week and an "
                "anti-inflammatory. Graduated return considered in 3 weeks.\n\n%s\n%s\n\n%s") % (
            greet(rng, "en", hr[0]), p.given, inj[1], closing(rng, "en"), signature(rng, nurse, "en"),
            quote(q, wrote_line("en", "%s %s" % hr[:2], fdate(d, "en"))))
        subj = "RE: Return date - %s" % p.surname
    return mk("employer_thread", lang, who(nurse, lang), [("%s %s" % hr[:2], contact_email(hr[0], hr[1], dom))], subj,
              text=body, types={"patient_name", "diagnosis"}, note="reply to employer with worker's injury progress, quoted question",
              reply_to_id="emp%d@%s" % (n, dom))


def p_nam_lab_html(rng, lang, n):
    clinic, doc, others = clinic_team(rng)
    p = worker_patient(rng, True)
    nam = disguise_nam(p.nam, rng.choice([5, 6, 2, 7]))
    res = rng.choice([("Spirométrie post-exposition : VEMS 2,1 L (64 %), chute de 22 % après le quart", "Post-shift spirometry: FEV1 2.1 L (64%), 22% drop after shift"),
                      ("IgE spécifiques isocyanates : positives (3,8 kUA/L)", "Isocyanate-specific IgE: positive (3.8 kUA/L)"),
                      ("Patch-test : résine époxy +++ à J4", "Patch test: epoxy resin +++ at D4")])
    rows = [["Nom" if lang == "fr" else "Name", p.full], ["NAM" if lang == "fr" else "RAMQ", nam],
            ["Sexe" if lang == "fr" else "Sex", p.sex], ["DDN" if lang == "fr" else "DOB", fdate(p.dob, lang, 1)],
            ["Résultat" if lang == "fr" else "Result", res[0] if lang == "fr" else res[1]]]
    intro = "Résultat à réviser :" if lang == "fr" else "Result to review:"
    html = html_wrap("<p>%s</p>%s<p>%s</p>" % (intro, html_table(rows, border=False), (others[0] if others else doc).given), lang)
    subj = "Résultat à réviser" if lang == "fr" else "Result to review"
    s = others[0] if others else doc
    return mk("lab_html_nam", lang, who(s, lang), [who(doc, lang)], subj, html=html, html_only=True,
              types={"patient_name", "ramq_nam", "date_of_birth", "lab_result"}, note="HTML-only result card with disguised NAM")


POS_B = [p_source_patient, p_source_subject_only, p_filename_only, p_daylist_csv, p_pharmacy, p_cholinesterase,
         p_worker_mail_fwd, p_eml_attached, p_zip_report, p_er_handover, p_discharge, p_invoice_patient, p_hearing_claim,
         p_lowercase, p_mental_health, p_youth_worker, p_mesothelioma, p_hepb_outside, p_quoted_leak, p_subject_mri,
         p_claim_form, p_employer_thread, p_nam_lab_html]
