"""Positive messages, part D: census and sign-out lists, transport, forwards, attached
messages, vCards, calendar invites and quick notes between colleagues."""
import datetime
import html

import gen_clin as K
import gen_common as G
import gen_docs as D
from gen_ctx import B, who
from gen_mime import Att, Mail, render
from gen_pos_a import hello, thanks
from gen_pos_b import XLSX

PROBLEMS_FR = ["MPOC exacerbée, BiPAP 14/6 la nuit", "pneumonie LSD, O2 3 L", "asthme aigu, nébul. q4h",
               "post-op thoracique, spirométrie incitative", "SAHOS, PPC 10 cmH2O apportée de la maison",
               "FPI, O2 HFNC 40 L 45 %", "influenza A +, isolement gouttelettes", "MPOC, sevrage O2 en cours",
               "bronchiectasies, physio respiratoire BID", "IC + épanchement, O2 2 L", "COVID +, O2 1 L, isolement"]
PROBLEMS_EN = ["AECOPD, BiPAP 14/6 overnight", "LLL pneumonia, O2 3 L", "acute asthma, nebs q4h",
               "post-op thoracic, incentive spirometry", "OSA, own CPAP 10 cmH2O", "IPF, HFNC 40 L 45%",
               "influenza A +, droplet isolation", "COPD, weaning O2", "bronchiectasis, chest physio BID",
               "HF + effusion, O2 2 L", "COVID +, O2 1 L, isolation"]


def _has_med(problem):
    return any(k in problem for k in ("O2", "néb", "neb"))


def census(c, lang):
    b = B(c, lang)
    rt1 = c.staff("inh")
    d = c.when()
    rows = []
    b.add("patient_name", "diagnosis")
    n = c.num(5, 9)
    for p, room in zip(c.patients(n, "senior"), c.rooms(n, 301, 348, ("", "A", "B"))):
        style = c.pick(["sur_comma", "upper_nocomma", "lower", "sur_initial", "initial"])
        rows.append((room, G.name_form(p, style, lang),
                     c.pick(PROBLEMS_FR if lang == "fr" else PROBLEMS_EN)))
    if any(_has_med(r[2]) for r in rows):
        b.add("medication")
    dest = c.unit_box("inh", lang)
    if lang == "fr":
        intro = "Liste de la tournée d'inhalothérapie - %s, quart de %s" % (G.fmt_date(d.date(), lang), c.pick(["jour", "soir", "nuit"]))
        hdr = ("Ch.", "Patient", "Problème / traitement")
        subj = c.pick(["Tournée inhalo 3e Nord", "Liste patients inhalo", "Census inhalothérapie"])
    else:
        intro = "Respiratory therapy round list - %s, %s shift" % (G.fmt_date(d.date(), lang), c.pick(["day", "evening", "night"]))
        hdr = ("Rm", "Patient", "Problem / therapy")
        subj = c.pick(["RT rounds 3 North", "RT patient list", "RT census"])
    text = intro + "\n\n" + "\n".join("%-5s %-26s %s" % r for r in rows) + "\n\n" + rt1["given"]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>\n" % tuple(html.escape(x) for x in r) for r in rows)
    htm = ('<html><body style="font-family:Arial"><p>%s</p>\n<table border="1" cellpadding="3" style="border-collapse:collapse">\n'
           '<tr><th>%s</th><th>%s</th><th>%s</th></tr>\n%s</table>\n<p>%s</p></body></html>\n'
           % (html.escape(intro), hdr[0], hdr[1], hdr[2], trs, html.escape(rt1["given"])))
    if c.chance(0.35):
        x = D.xlsx_bytes("Tournee" if lang == "fr" else "Rounds", hdr, rows, author=rt1["full"])
        text = intro + ("\n\nListe en pièce jointe.\n\n" if lang == "fr" else "\n\nList attached.\n\n") + rt1["given"]
        return b.mail("census", "RT round list spreadsheet", who(rt1), [dest], subj, d, text=text,
                      atts=[Att("tournee.xlsx" if lang == "fr" else "rounds.xlsx", XLSX, x)], body_form="plain")
    return b.mail("census", "RT round list with rooms, names and problems", who(rt1), [dest], subj, d, text=text, html=htm,
                  body_form=c.pick(["alt", "html"]))


def signout(c, lang):
    b = B(c, lang)
    rt1, rt2 = c.staff("inh"), c.staff("inh")
    d = c.when()
    lines, rooms = [], []
    b.add("patient_name", "diagnosis", "lab_result")
    for p in c.patients(c.num(3, 5), "senior"):
        nm = G.name_form(p, c.pick(["sur_initial", "upper_nocomma", "lower", "title_sur"]), lang)
        g = K.abg(c, lang, hypox=c.chance(0.5)).split(":", 1)[1].strip()
        prob = c.pick(PROBLEMS_FR if lang == "fr" else PROBLEMS_EN)
        if _has_med(prob):
            b.add("medication")
        room = c.num(401, 432)
        while room in rooms:
            room = c.num(401, 432)
        rooms.append(room)
        if lang == "fr":
            lines.append("- %s (%s) : %s ; dernier gaz %s" % (room, nm, prob, g))
        else:
            lines.append("- %s (%s): %s; last gas %s" % (room, nm, prob, g))
    if lang == "fr":
        body = "\n".join(["Salut %s," % rt2["given"], "", "Passation de quart 4e étage :"] + lines +
                         ["", "Le %d risque d'avoir besoin d'une BiPAP cette nuit, le résident est au courant." % rooms[0], "", rt1["given"]])
        subj = "Passation inhalo 4e"
    else:
        body = "\n".join(["Hey %s," % rt2["given"], "", "Sign-out 4th floor:"] + lines +
                         ["", "%d may need BiPAP tonight, resident is aware." % rooms[0], "", rt1["given"]])
        subj = "RT sign-out 4th"
    return b.mail("signout", "shift sign-out list between therapists", who(rt1), [who(rt2)], subj, d, text=body,
                  body_form="plain")


def transport_request(c, lang):
    b = B(c, lang)
    clerk = c.staff("lfp")
    tr = c.generic("transport", "reservations")
    p = c.patient("senior", nam=c.chance(0.75))
    d = c.when()
    ident = b.ident_line(p, with_mrn=False)
    addr = b.contact(p, "addr")
    tel = b.contact(p, "phone")
    rdv = c.later(d.date(), 5, 25)
    b.add("medication", "diagnosis")
    if lang == "fr":
        body = "\n".join([hello(c, lang), "", "Demande de transport adapté :", ident,
                          "Adresse de départ : %s" % addr, "Téléphone : %s" % tel,
                          "Rendez-vous : %s à 10 h 30, Laboratoire de fonction pulmonaire (TFR)" % G.fmt_date(rdv, lang),
                          "Besoins : fauteuil roulant, O2 portatif 2 L/min (cylindre fourni par le patient) - %s" % K.dx("copd3", lang),
                          "Retour vers 12 h 30.", "", thanks(c, lang), G.staff_sig(clerk, lang)])
        subj = "Transport adapté - TFR %s" % rdv.strftime("%d/%m")
    else:
        body = "\n".join([hello(c, lang), "", "Paratransit booking request:", ident,
                          "Pick-up address: %s" % addr, "Phone: %s" % tel,
                          "Appointment: %s at 10:30, Pulmonary Function Lab (PFTs)" % G.fmt_date(rdv, lang),
                          "Needs: wheelchair, portable O2 2 L/min (patient's own cylinder) - %s" % K.dx("copd3", lang),
                          "Return around 12:30.", "", thanks(c, lang), G.staff_sig(clerk, lang)])
        subj = "Paratransit - PFT %s" % rdv.strftime("%b %d")
    return b.mail("transport", "adapted transport booking with home address", who(clerk), [tr], subj, d, text=body)


def forward_inline(c, lang):
    b = B(c, lang)
    md = c.doctor(lang)
    rt = c.staff("pod")
    nurse = c.staff("cer")
    p = c.patient("senior", nam=c.chance(0.75))
    d0 = c.when()
    d = c.when(c.later(d0.date(), 0, 3))
    ident = b.ident_line(p)
    b.add("diagnosis", "lab_result", "medication")
    if lang == "fr":
        inner = "\n".join(["---------- Message transféré ----------", "De : %s <%s>" % (md["short"], md["email"]),
                           "Date : %s" % G.fmt_date(d0.date(), lang), "Objet : Congé demain", "",
                           "Congé prévu demain pour :", ident,
                           "%s, désaturation à 85 %% à la marche malgré Trelegy ; %s." % (K.dx("copd3", lang), K.abg(c, lang)),
                           "Besoin d'O2 à domicile avant le départ, prescription au dossier."])
        body = "\n".join(["%s, pour toi (programme O2). Peux-tu voir avec le fournisseur ?" % rt["given"], "",
                          nurse["given"], "", inner])
        subj = "TR: Congé demain"
    else:
        inner = "\n".join(["---------- Forwarded message ----------", "From: %s <%s>" % (md["short"], md["email"]),
                           "Date: %s" % G.fmt_date(d0.date(), lang), "Subject: Discharge tomorrow", "",
                           "Discharge planned tomorrow for:", ident,
                           "%s, desaturates to 85%% walking despite Trelegy; %s." % (K.dx("copd3", lang), K.abg(c, lang)),
                           "Needs home O2 before leaving, prescription on chart."])
        body = "\n".join(["%s, over to you (O2 program). Can you sort it out with the vendor?" % rt["given"], "",
                          nurse["given"], "", inner])
        subj = "Fwd: Discharge tomorrow"
    return b.mail("forward", "inline-forwarded discharge note needing home oxygen", who(nurse), [who(rt)], subj, d, text=body)


def attached_eml(c, lang):
    b = B(c, lang)
    rt = c.staff("som")
    mgr = c.staff("som")
    vend = c.ext("cpap")
    p = c.patient("adult", nam=c.chance(0.75))
    d0 = c.when()
    d = c.when(c.later(d0.date(), 1, 4))
    ident = b.ident_line(p)
    b.add("diagnosis", "lab_result")
    dl, _ = K.cpap_dl(c, lang, good=False)
    if lang == "fr":
        itext = "\n".join(["Bonjour,", "", "Le patient suivant refuse le remplacement de son appareil rappelé :", ident,
                           "%s ; dernier téléchargement : %s." % (K.dx("osa_sev", lang), dl),
                           "Cette personne dit conduire un autobus scolaire et ne pas pouvoir se passer de son appareil une seule nuit.", "",
                           vend["full"], vend["org"]])
        isub, subj = "Refus d'échange d'appareil", "TR: plainte fournisseur - voir message joint"
        body = "\n".join(["Salut %s," % mgr["given"], "", "Je te joins le courriel du fournisseur, à discuter au caucus de demain.", "",
                          rt["given"]])
    else:
        itext = "\n".join(["Hello,", "", "The following patient is refusing replacement of their recalled device:", ident,
                           "%s; last download: %s." % (K.dx("osa_sev", lang), dl),
                           "The patient says they drive a school bus and cannot go a single night without it.", "",
                           vend["full"], vend["org"]])
        isub, subj = "Device exchange refused", "FW: vendor complaint - see attached message"
        body = "\n".join(["Hi %s," % mgr["given"], "", "Attaching the vendor's email, let's discuss at tomorrow's huddle.", "",
                          rt["given"]])
    inner = Mail("inner", lang, "", who(vend), [who(rt)], isub, d0, text=itext, body_form="plain")
    raw = render(inner, c.rng, 900 + c.num(0, 99), top=False)
    return b.mail("forward", "attached e-mail from vendor about a patient", who(rt), [who(mgr)], subj, d, text=body,
                  atts=[Att(c.pick(["message.eml", isub.replace(" ", "_") + ".eml"]), "message/rfc822", raw)])


def vcard_patient(c, lang):
    b = B(c, lang)
    rt = c.staff("pod")
    rt2 = c.staff("pod")
    p = c.patient("senior")
    d = c.when()
    b.add("patient_name", "patient_contact", "diagnosis", "medication")
    note = ("Programme O2 domicile - MPOC, O2 2 L/min ; clé chez la voisine" if lang == "fr"
            else "Home O2 program - COPD, O2 2 L/min; key with neighbour")
    vc = D.vcard_text(p["given"], p["surname"], tel=p["phone"], street=p["street"], town=p["town"], postal=p["postal"],
                      note=note)
    if lang == "fr":
        body = "\n".join(["%s," % rt2["given"], "", "Voici la fiche contact pour ta visite à domicile de jeudi (nouvelle patiente"
                          if p["sex"] == "F" else "Voici la fiche contact pour ta visite à domicile de jeudi (nouveau patient",
                          "au programme, concentrateur installé lundi).", "", rt["given"]])
        subj = "Visite à domicile jeudi"
    else:
        body = "\n".join(["%s," % rt2["given"], "", "Contact card for your Thursday home visit (new to the program,",
                          "concentrator installed Monday).", "", rt["given"]])
        subj = "Thursday home visit"
    fn = "%s %s.vcf" % (p["given"], p["surname"])
    return b.mail("oxygen", "patient vCard with home address for O2 home visit", who(rt), [who(rt2)], subj, d, text=body,
                  atts=[Att(fn, "text/vcard", vc)])


def quick_note(c, lang):
    b = B(c, lang)
    rt1, rt2 = c.staff("lfp"), c.staff("lfp")
    p = c.patient("adult")
    d = c.when()
    g = b.name(p, "given")
    mr = b.mrn(p, c.pick(["plain", "spaced", "hyphen"]))
    b.add("diagnosis")
    if lang == "fr":
        body = "\n".join(["%s -" % rt2["given"], "",
                          "ton patient de 14 h, %s (%s), a annulé : hospitalisé depuis hier pour une pneumonie, "
                          "sa conjointe a appelé. Je le remets en liste pour dans 6 semaines." % (g, mr), "",
                          rt1["given"]])
        subj = c.pick(["annulation 14 h", "ton 14h", "rdv annulé"])
    else:
        body = "\n".join(["%s -" % rt2["given"], "",
                          "your 2 pm, %s (%s), cancelled: admitted yesterday with pneumonia, spouse called. "
                          "Putting them back on the list for 6 weeks out." % (g, mr), "", rt1["given"]])
        subj = c.pick(["2pm cancelled", "your 2 pm", "cancellation"])
    return b.mail("note", "quick note: patient given name and chart number, hospitalised", who(rt1), [who(rt2)], subj, d,
                  text=body, body_form="plain")


def reply_quoted_only(c, lang):
    b = B(c, lang)
    edu = c.staff("cer")
    md = c.doctor(lang)
    p = c.patient("adult", nam=c.chance(0.55))
    d0 = c.when()
    d = c.when(c.later(d0.date(), 0, 2))
    ident = b.ident_line(p)
    b.add("diagnosis", "medication")
    m = K.meds(c, lang, "asthma", 2)
    if lang == "fr":
        q = ["Le %s, %s a écrit :" % (G.fmt_date(d0.date(), lang), md["short"]),
             "> Peux-tu voir cette patiente pour enseignement technique d'inhalation ?" if p["sex"] == "F"
             else "> Peux-tu voir ce patient pour enseignement technique d'inhalation ?"]
        q += ["> " + x for x in ident.split("\n")]
        q += ["> %s mal contrôlé, ACQ 2,8. Sous %s et %s." % (K.dx("asthma", lang), m[0], m[1]),
              "> Utilise sa pompe sans aérochambre et oublie la dose du soir."]
        body = "\n".join(["C'est noté, je l'appelle cette semaine.", "", edu["given"], "", ""] + q)
        subj = "RE: enseignement inhalation"
    else:
        q = ["On %s, %s wrote:" % (G.fmt_date(d0.date(), lang), md["short"]),
             "> Could you see this patient for inhaler technique teaching?"]
        q += ["> " + x for x in ident.split("\n")]
        q += ["> Poorly controlled %s, ACQ 2.8. On %s and %s." % (K.dx("asthma", lang), m[0], m[1]),
              "> Uses the puffer without a spacer and forgets the evening dose."]
        body = "\n".join(["Noted, I'll call them this week.", "", edu["given"], "", ""] + q)
        subj = "RE: inhaler teaching"
    return b.mail("reply", "short reply, patient details only in quoted text", who(edu), [who(md)], subj, d, text=body,
                  reply="<%s.%d@%s>" % (d0.strftime("%Y%m%d%H%M%S"), c.num(1000, 9999), G.DOMAIN))


def education_ics(c, lang):
    b = B(c, lang)
    edu = c.staff("cer")
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["full", "upper_first", "lower"]))
    tel = b.contact(p, "phone")
    b.add("diagnosis")
    day = c.later(d.date(), 3, 30)
    start = datetime.datetime(day.year, day.month, day.day, c.pick([9, 10, 13, 14]), c.pick([0, 30]))
    end = start + datetime.timedelta(minutes=60)
    if lang == "fr":
        summ = "Enseignement MPOC - %s" % nm
        desc = "1re rencontre, %s récemment diagnostiquée. Joindre au %s la veille. Apporter ses pompes." % (K.dx("copd", lang), tel)
        loc = "Centre d'enseignement MPOC-asthme, local 2.114"
        body = "Rendez-vous ajouté à ton agenda.\n\n" + edu["given"]
        subj = "Rendez-vous enseignement"
    else:
        summ = "COPD teaching - %s" % nm
        desc = "First visit, newly diagnosed %s. Call %s the day before. Bring inhalers." % (K.dx("copd", lang), tel)
        loc = "COPD and Asthma Education Centre, room 2.114"
        body = "Added to your calendar.\n\n" + edu["given"]
        subj = "Teaching appointment"
    ics = D.ics_text("edu-%s-%d@%s" % (day.strftime("%Y%m%d"), c.num(100, 999), G.DOMAIN), start, end, summ, loc, desc,
                     d.astimezone(datetime.timezone.utc).replace(tzinfo=None), (edu["full"], edu["email"]))
    other = c.staff("cer")
    return b.mail("booking", "education appointment invite naming the patient", who(edu), [who(other)], subj, d, text=body,
                  atts=[Att("rendez-vous.ics" if lang == "fr" else "appointment.ics", "text/calendar", ics)])


def infection_notice(c, lang):
    b = B(c, lang)
    pci = c.staff("inh")
    p = c.patient("adult")
    d = c.when()
    nm = b.name(p, c.pick(["upper_first", "title_full", "full"]))
    mr = b.mrn(p)
    b.add("lab_result", "diagnosis")
    if lang == "fr":
        body = "\n".join(["Avis au personnel du laboratoire de fonction pulmonaire", "",
                          "%s (dossier %s), venu%s pour spirométrie le %s, a un résultat BAAR positif à l'expectoration "
                          "(tuberculose pulmonaire probable)." % (nm, mr, "e" if p["sex"] == "F" else "", G.fmt_date(c.later(d.date(), -9, -2), lang)),
                          "Les employés présents dans la salle 1 sans N95 seront contactés par la santé au travail.", "",
                          "Prévention des infections"])
        subj = "Exposition TB - LFP"
    else:
        body = "\n".join(["Notice to Pulmonary Function Lab staff", "",
                          "%s (chart %s), tested for spirometry on %s, has a positive AFB sputum smear "
                          "(probable pulmonary TB)." % (nm, mr, G.fmt_date(c.later(d.date(), -9, -2), lang)),
                          "Staff present in room 1 without an N95 will be contacted by occupational health.", "",
                          "Infection Prevention and Control"])
        subj = "TB exposure - PFT lab"
    return b.mail("infection", "TB exposure notice naming the patient", who(pci), [c.unit_box("lfp", lang)], subj, d,
                  text=body, body_form=c.pick(["html", "alt"]))


def er_consult(c, lang):
    b = B(c, lang)
    md = c.doctor(lang, "pneumo")
    er = c.doctor(lang, "inh")
    p = c.patient("senior", nam=c.chance(0.65))
    d = c.when()
    ident = b.ident_line(p)
    b.add("diagnosis", "lab_result", "medication")
    if lang == "fr":
        body = "\n".join(["Consultation pneumo demandée (urgence, civière 14)", "", ident, "",
                          "%s, SpO2 %d %% sous 4 L, %s." % (K.dx("ipf", lang), c.num(84, 89), K.labs_misc(c, lang)[0]),
                          "Sous nintédanib (Ofev) 150 mg BID. Question : exacerbation aiguë vs infection ? Niveau de soins B.", "",
                          er["short"]])
        subj = "Consult pneumo - civière 14"
    else:
        body = "\n".join(["Respirology consult requested (ER, stretcher 14)", "", ident, "",
                          "%s, SpO2 %d%% on 4 L, %s." % (K.dx("ipf", lang), c.num(84, 89), K.labs_misc(c, lang)[0]),
                          "On nintedanib (Ofev) 150 mg BID. Question: acute exacerbation vs infection? Level of care B.", "",
                          er["short"]])
        subj = "Resp consult - stretcher 14"
    return b.mail("consult", "ER consult request to respirology", who(er), [who(md)], subj, d, text=body)


TEMPLATES = [census, signout, transport_request, forward_inline, attached_eml, vcard_patient, quick_note,
             reply_quoted_only, education_ics, infection_notice, er_consult]
