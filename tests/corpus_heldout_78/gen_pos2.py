"""Positive templates, part 2: meals/transport, rosters, routes, subject- and file-name leaks, ICS, vCard, .eml."""
import datetime

import gen_attach as A
import gen_base as B
import gen_clinical as K
import gen_common as C
import gen_mime as M
from gen_mime import Att
from gen_pos1 import get_patient, id_line

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# ---------------------------------------------------------------- P7 meals / transport
def meal_transport(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.3, min_age=18)
    sw = B.staff(ctx, lang, role="Travailleuse sociale, SAD" if lang == "fr" else "Social worker, home support")
    fr = lang == "fr"
    kind = rng.choice(["popote", "transport"])
    types = {"patient_name", "patient_contact"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.3)
    if kind == "popote":
        dest = B.staff(ctx, lang, org_key="popote", role="Coordonnatrice" if fr else "Coordinator")
        diet = rng.choice([("diabétique, sans sucre ajouté", "diabetic, no added sugar"),
                           ("texture purée - dysphagie post-AVC", "pureed texture - post-stroke dysphagia"),
                           ("hyposodé (insuffisance cardiaque)", "low-sodium (heart failure)"),
                           ("faible en potassium - insuffisance rénale", "low potassium - kidney failure")])[0 if fr else 1]
        types.add("diagnosis")
        days = rng.choice(["lundi, mercredi, vendredi", "du lundi au vendredi", "mardi et jeudi"] if fr else ["Mon/Wed/Fri", "weekdays", "Tue and Thu"])
        if fr:
            lines = [B.greet(ctx, lang, dest), "", f"Nouvelle référence pour la popote roulante : {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + ".",
                     f"Adresse : {p.address}", f"Tél. : {p.phone}", f"Diète : {diet}", f"Jours : {days}",
                     rng.choice(["Perte de poids importante, vit seul" + ("e depuis le décès de son conjoint." if p.sex == "F" else " depuis le décès de sa conjointe."), "Ne peut plus cuisiner de façon sécuritaire (oublie les ronds allumés).",
                                 "Revenu limité : la fille paiera les repas, facturation à son nom."])]
            subj = rng.choice(["Référence popote roulante", f"Popote - {p.surname}", "Nouvelle inscription popote"])
        else:
            lines = [B.greet(ctx, lang, dest), "", f"New Meals on Wheels referral: {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + ".",
                     f"Address: {p.address}", f"Phone: {p.phone}", f"Diet: {diet}", f"Days: {days}",
                     rng.choice(["Significant weight loss, living alone since spouse died.", "Can no longer cook safely (leaves burners on).",
                                 "Limited income: daughter will pay, bill in her name."])]
            subj = rng.choice(["Meals on Wheels referral", f"Meals - {p.surname}", "New meal service client"])
        types.add("social_information")
    else:
        dest = B.staff(ctx, lang, org_key="transport", role="Répartitrice" if fr else "Dispatcher")
        why = rng.choice([("hémodialyse au centre hospitalier", "haemodialysis at the hospital"),
                          ("radiothérapie (cancer du sein)", "radiotherapy (breast cancer)"),
                          ("clinique de plaies", "wound clinic"), ("chimiothérapie en clinique externe", "outpatient chemotherapy")])[0 if fr else 1]
        types.add("diagnosis")
        chair = rng.random() < 0.5
        if fr:
            lines = [B.greet(ctx, lang, dest), "", f"Demande d'admission au transport adapté pour {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f", pour {why}.",
                     f"Départ : {p.address}", f"Contact : {p.phone}",
                     f"Horaire : {rng.choice(['lundi, mercredi, vendredi 6 h 45', 'du lundi au vendredi pour 5 semaines', 'aux 3 semaines, le mardi'])}",
                     "Fauteuil roulant, nécessite accompagnement jusqu'à la porte." if chair else "Marchette, peut monter une marche avec aide."]
            subj = rng.choice(["Transport adapté - demande", f"Admission TA {p.surname}", "Transport pour traitements"])
        else:
            lines = [B.greet(ctx, lang, dest), "", f"Paratransit application for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f", for {why}.",
                     f"Pick-up: {p.address}", f"Contact: {p.phone}",
                     f"Schedule: {rng.choice(['Mon/Wed/Fri 6:45', 'weekdays for 5 weeks', 'every 3 weeks on Tuesday'])}",
                     "Wheelchair, needs door-to-door assistance." if chair else "Rollator, can manage one step with help."]
            subj = rng.choice(["Paratransit request", f"Transport - {p.surname}", "Transport to treatments"])
    lines += ["", B.closing(ctx, lang), B.signature(ctx, sw, lang)]
    return dict(cat="meal_transport", from_=B.pair(sw), to=[B.pair(dest)], subject=subj, text="\n".join(lines), types=types,
                note=f"{kind} referral with address and diet/treatment")


# ---------------------------------------------------------------- P8 palliative roster
def palli_roster(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    pivot = B.staff(ctx, lang, role="Infirmière pivot en soins palliatifs" if fr else "Palliative care pivot nurse")
    team = [B.staff(ctx, lang) for _ in range(rng.randint(2, 4))]
    n = rng.randint(5, 11)
    rows = [["Nom", "NAM", "Adresse", "Diagnostic", "PPS", "Pompe / Rx", "Niveau de soins"] if fr else
            ["Name", "RAMQ", "Address", "Diagnosis", "PPS", "Pump / Rx", "Goals of care"]]
    types = {"patient_name", "diagnosis", "medication", "patient_contact"}
    with_mrn = rng.random() < 0.5
    if with_mrn:
        rows[0].insert(1, "Dossier" if fr else "Chart #")
        types.add("mrn")
    for i in range(n):
        if i == 0 and rng.random() < 0.7:
            p, un = ctx.holder(40), True
        else:
            p, un = ctx.patient(lang), False
        if un:
            types.add("ramq_nam")
        rows.append([f"{p.surname}, {p.given}"] + ([C.gen_mrn(rng, 0)] if with_mrn else []) + [p.nam if un else "", p.address,
                     K.pick(rng, K.DX_PALLI, lang), f"{rng.choice([20, 30, 30, 40, 50])} %",
                     K.pick(rng, K.MEDS_PALLI, lang), rng.choice(["D", "C", "D - pas de RCR"] if fr else ["D", "C", "DNR, comfort"])])
    kind = rng.choice(["xlsx", "csv", "html"])
    atts, html = [], None
    stamp = ctx.date()
    if kind == "xlsx":
        atts.append(Att(rng.choice(["liste_palliatifs_domicile.xlsx", f"SP_domicile_{stamp:%Y%m%d}.xlsx", "Liste SP à domicile - garde de fin de semaine.xlsx"] if fr else ["palliative_home_list.xlsx"]),
                        XLSX, A.make_xlsx([("Palliatifs" if fr else "Palliative", rows)], author=pivot.full)))
    elif kind == "csv":
        atts.append(Att(rng.choice(["export_palliatifs.csv", f"liste_garde_{stamp:%Y-%m-%d}.csv"] if fr else ["palliative_export.csv"]),
                        "text/csv", A.make_csv(rows, sep=rng.choice([";", ","]))))
    if fr:
        intro = rng.choice(["Voici la liste à jour des usagers en soins palliatifs à domicile pour la garde de fin de semaine.",
                            "Liste des patients palliatifs actifs (mise à jour du " + C.fdate(stamp.date(), 'fr', 'long') + ").",
                            "Pour la réunion interdisciplinaire de jeudi, voici nos usagers SP."])
    else:
        intro = rng.choice(["Updated list of palliative home care clients for the weekend on-call.", "Active palliative list for Thursday's team meeting."])
    text = "\n".join([B.greet(ctx, lang), "", intro, "", B.closing(ctx, lang), B.signature(ctx, pivot, lang)])
    if kind == "html":
        cells = "\n".join("<tr>" + "".join(f"<td>{M.htmlmod.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
        html = (f'<html><body><p>{B.greet(ctx, lang)}</p><p>{M.htmlmod.escape(intro)}</p>\n<table border="1" cellpadding="3">\n{cells}\n</table>\n'
                f'<p>{M.htmlmod.escape(pivot.full)}<br>{M.htmlmod.escape(pivot.role)}</p></body></html>\n')
        if "ramq_nam" in types:
            pass
        return dict(cat="palliative_roster", from_=B.pair(pivot), to=[B.pair(t) for t in team], subject=rng.choice(
            ["Liste SP domicile", "Patients palliatifs - garde"] if fr else ["Palliative list", "On-call palliative list"]),
            text=None, html=html, body="html", types=types, note="palliative home list as HTML table")
    return dict(cat="palliative_roster", from_=B.pair(pivot), to=[B.pair(t) for t in team],
                subject=rng.choice(["Liste SP domicile", "Liste de garde soins palliatifs", "Patients palliatifs actifs"] if fr else ["Palliative list", "Weekend palliative list"]),
                text=text, attachments=atts, types=types, note=f"palliative home roster ({kind})")


# ---------------------------------------------------------------- P9 nurse route with patients
def route_pos(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    chef = B.staff(ctx, lang, role="Coordonnatrice clinique" if fr else "Home care program manager")
    nurse = B.staff(ctx, lang, role="Infirmière auxiliaire, soutien à domicile" if fr else "Home care nurse")
    day = ctx.date()
    types = {"patient_name", "patient_contact"}
    care_fr = [("pansement ulcère veineux", "diagnosis"), ("injection vitamine B12", "medication"), ("prélèvement INR", "lab_result"),
               ("glycémie + insuline", "medication"), ("bain (ASSS)", None), ("changement timbre fentanyl", "medication"),
               ("soins de stomie (colostomie)", "diagnosis"), ("évaluation chute récente", "diagnosis")]
    care_en = [("venous ulcer dressing", "diagnosis"), ("B12 injection", "medication"), ("INR draw", "lab_result"),
               ("glucose check + insulin", "medication"), ("bath (PSW)", None), ("fentanyl patch change", "medication"),
               ("colostomy care", "diagnosis"), ("post-fall assessment", "diagnosis")]
    lines = []
    h = 8 * 60
    for _ in range(rng.randint(5, 8)):
        p = ctx.patient(lang)
        care, t = rng.choice(care_fr if fr else care_en)
        if t == "lab_result":
            t = None  # a draw is planned, no result yet
        if t:
            types.add(t)
        lines.append(f"{h // 60:02d}h{h % 60:02d}  {B.name_form(ctx, p, lang, rng.choice(['title_full', 'SURNAME_given']))} - {p.address.split(' (Québec)')[0]} - {care}")
        h += rng.choice([30, 45, 45, 60])
    if len(types) == 2:
        types.add("diagnosis")
        lines.append(("Fin de journée : " if fr else "End of day: ") + (f"{B.name_form(ctx, ctx.patient(lang), lang, 'title_full')} - soins palliatifs, cancer du poumon" if fr
                                                                        else f"{B.name_form(ctx, ctx.patient(lang), lang, 'title_full')} - palliative, lung cancer"))
    if fr:
        body = [f"Bonjour {nurse.given},", "", f"Voici ta tournée du {C.fday(day.date(), 'fr')} (remplacement de {rng.choice(C.FR_F)}) :", ""] + lines + [
            "", rng.choice(["Les clés sont au poste.", "Appelle-moi si la route est fermée.", "Le véhicule 14 est disponible."]), "", B.signature(ctx, chef, lang, short=True)]
        subj = rng.choice(["Ta tournée de demain", f"Tournée {C.fday(day.date(), 'fr')}", "Remplacement - tournée secteur Nord"])
    else:
        body = [f"Hi {nurse.given},", "", f"Your route for {C.fday(day.date(), 'en')}:", ""] + lines + ["", "Call me if anything changes.", "", B.signature(ctx, chef, lang, short=True)]
        subj = rng.choice(["Your route tomorrow", "Route - North sector", "Visit list"])
    return dict(cat="route_patients", from_=B.pair(chef), to=[B.pair(nurse)], subject=subj, text="\n".join(body), types=types,
                note="daily nurse route listing patients, addresses and care")


# ---------------------------------------------------------------- P10 subject-only leak
def subject_only(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.3, min_age=60)
    a, b = B.staff(ctx, lang), B.staff(ctx, lang)
    fr = lang == "fr"
    types = {"patient_name"}
    opts = []
    dx = K.dx_for(rng, p, lang, palliative=rng.random() < 0.4)
    med = K.meds_for(rng, p, lang, 1)[0]
    if fr:
        opts = [(f"{B.name_form(ctx, p, lang, 'title_full')} - {dx}, réévaluation SVP", {"diagnosis"}),
                (f"{p.surname.upper()} {p.given} : {med} à renouveler", {"medication"}),
                (f"{B.name_form(ctx, p, lang, 'title_sur')} ({p.given}) – {dx} / chute hier", {"diagnosis"})]
        if use_nam:
            opts.append((f"{C.nam_fmt(p.nam, rng)} {p.surname} - {dx}", {"diagnosis", "ramq_nam"}))
        body = rng.choice(["Peux-tu me rappeler quand tu auras deux minutes?", "Voir objet. Merci!", "Comme discuté ce matin.",
                           "Je passe demain matin, je te tiens au courant.", "On en reparle au caucus."])
    else:
        opts = [(f"{B.name_form(ctx, p, lang, 'title_full')} - {dx}, please reassess", {"diagnosis"}),
                (f"{p.surname.upper()} {p.given}: {med} renewal", {"medication"})]
        if use_nam:
            opts.append((f"{p.full} {C.nam_fmt(p.nam, rng)} - {dx}", {"diagnosis", "ramq_nam"}))
        body = rng.choice(["Can you call me when you have a minute?", "See subject. Thanks!", "As discussed this morning.",
                           "I'll go by tomorrow and let you know.", "Let's discuss at huddle."])
    subj, t = rng.choice(opts)
    types |= t
    text = "\n".join([B.greet(ctx, lang, b) if rng.random() < 0.5 else "", body, "", B.signature(ctx, a, lang, short=True)]).lstrip("\n")
    return dict(cat="subject_only", from_=B.pair(a), to=[B.pair(b)], subject=B.subj_prefix(rng, lang) + subj, text=text, types=types,
                note="identity and health detail only in Subject")


# ---------------------------------------------------------------- P11 file-name-only leak
def filename_only(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.35, min_age=40)
    a, b = B.staff(ctx, lang), B.staff(ctx, lang, org_key=rng.choice(["gmf", "ph1", "clsc_tp"]))
    fr = lang == "fr"
    types = {"patient_name"}
    dx_pool = [("ulcere_jambe", "leg_ulcer"), ("plaie_sacrum", "sacral_wound"), ("demence", "dementia"), ("cancer_pancreas", "pancreatic_cancer"),
               ("MPOC_O2", "COPD_O2"), ("SLA", "ALS"), ("insuf_cardiaque", "CHF")]
    dxw = rng.choice(dx_pool)[0 if fr else 1]
    types.add("diagnosis")
    style = rng.choice(["a", "b", "c", "d"])
    if style == "a":
        fn = f"{p.surname}_{p.given}_{dxw}.pdf"
    elif style == "b":
        fn = f"{'Plan de soins' if fr else 'Care plan'} - {p.given} {p.surname} ({dxw.replace('_', ' ')}).pdf"
    elif style == "c" and use_nam:
        fn = f"{p.nam}_{p.surname}_{dxw}.pdf"
        types.add("ramq_nam")
    else:
        fn = f"{dxw}_{C.fold(p.surname)}_{C.fold(p.given)}_{ctx.date():%Y%m%d}.pdf"
    scan = A.make_pdf("Document numérisé" if fr else "Scanned document",
                      [f"{rng.choice(['Xerox WorkCentre 6515', 'Ricoh IM C3000', 'Canon iR-ADV C5535'])} - {ctx.date():%Y-%m-%d %H:%M}",
                       "Page 1 / " + str(rng.randint(1, 4)), "", "[image]"])
    body = rng.choice(["Ci-joint.", "Voici le document demandé.", "Document numérisé en pièce jointe.", "Tel que demandé, bonne journée."] if fr
                      else ["Attached.", "Here is the document you asked for.", "Scan attached.", "As requested."])
    text = "\n".join([B.greet(ctx, lang, b), "", body, "", B.signature(ctx, a, lang, short=rng.random() < 0.6)])
    return dict(cat="filename_only", from_=B.pair(a), to=[B.pair(b)], subject=rng.choice(["Document", "Numérisation", "TR: document", "Pièce jointe"] if fr else ["Document", "Scan", "Fwd: scan"]),
                text=text, attachments=[Att(fn, "application/pdf", scan)], types=types, note="identity and condition only in attachment file name")


# ---------------------------------------------------------------- P12 ICS home visit
def ics_visit(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.35, min_age=0)
    org = B.staff(ctx, lang, role="Infirmière pivot en soins palliatifs" if lang == "fr" else "Palliative care pivot nurse")
    att_staff = [B.staff(ctx, lang) for _ in range(rng.randint(1, 3))]
    fr = lang == "fr"
    types = {"patient_name", "patient_contact"}
    start = ctx.date().replace(minute=rng.choice([0, 30]), second=0, tzinfo=None)
    end = start + datetime.timedelta(minutes=rng.choice([45, 60, 90]))
    dx = K.dx_for(rng, p, lang, palliative=p.age > 30)
    show_dx = rng.random() < 0.75
    if show_dx:
        types.add("diagnosis")
    kind = rng.choice(["family", "visit", "pump"])
    if fr:
        summary = {"family": f"Rencontre famille - {p.full}", "visit": f"Visite conjointe {B.name_form(ctx, p, lang, 'title_full')}",
                   "pump": f"Installation pompe SC - {p.surname} {p.given}"}[kind]
        desc = f"Usager : {p.full}\nTél. : {p.phone}\n" + (f"Dx : {dx}\n" if show_dx else "") + rng.choice(
            ["Discussion niveau de soins et lieu de décès souhaité.", "Clé dans la boîte à clé, code 4-1-7-2.", "Stationner dans l'entrée du voisin."])
    else:
        summary = {"family": f"Family meeting - {p.full}", "visit": f"Joint visit {B.name_form(ctx, p, lang, 'title_full')}",
                   "pump": f"SC pump set-up - {p.surname} {p.given}"}[kind]
        desc = f"Client: {p.full}\nPhone: {p.phone}\n" + (f"Dx: {dx}\n" if show_dx else "") + rng.choice(
            ["Discuss goals of care and preferred place of death.", "Key in lockbox, code 4-1-7-2.", "Park in the neighbour's driveway."])
    if use_nam and rng.random() < 0.6:
        desc += f"\nNAM {C.nam_fmt(p.nam, rng, 'card')}"
        types.add("ramq_nam")
    ics = A.make_ics(f"{rng.randint(10**9, 10**10)}@ciusss-rivsaules.example", start, end, summary, desc, p.address,
                     (org.full, org.email), [(s.full, s.email) for s in att_staff])
    text = "\n".join([rng.choice([f"{org.full} vous invite à une réunion.", "Invitation", "Voir l'invitation ci-jointe."] if fr
                                 else [f"{org.full} has invited you to a meeting.", "Invitation", "See attached invite."]),
                      "", (f"Quand : {C.fday(start.date(), 'fr')} {start:%H:%M}" if fr else f"When: {C.fday(start.date(), 'en')} {start:%H:%M}")])
    in_body = rng.random() < 0.4
    if in_body:
        text += "\n" + (f"Où : {p.address}" if fr else f"Where: {p.address}") + "\n" + summary
    atts = [Att("invite.ics", "text/calendar", ics)]
    return dict(cat="calendar_visit", from_=B.pair(org), to=[B.pair(s) for s in att_staff], subject=summary if rng.random() < 0.5 else
                ("Invitation : " if fr else "Invitation: ") + summary, text=text, attachments=atts, types=types, note="calendar invitation for a home visit")


# ---------------------------------------------------------------- P13 vCard
def vcard(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.2, min_age=50)
    a, b = B.staff(ctx, lang), B.staff(ctx, lang)
    fr = lang == "fr"
    types = {"patient_name", "patient_contact"}
    dx = K.dx_for(rng, p, lang, palliative=rng.random() < 0.5)
    note = (f"Usager SAD - {dx}. " if fr else f"Home care client - {dx}. ") + rng.choice(
        ["Clé chez la voisine (app. 2)." if fr else "Key with neighbour (apt 2).", "Chien nerveux." if fr else "Anxious dog.",
         "Appeler la fille avant la visite." if fr else "Call daughter before visiting."])
    types.add("diagnosis")
    bday = None
    if rng.random() < 0.6:
        bday = p.dob.isoformat()
        types.add("date_of_birth")
    vcf = A.make_vcf(p.given, p.surname, tel=p.phone, adr=p.address, bday=bday, note=note)
    text = "\n".join([B.greet(ctx, lang, b), "", rng.choice(["Je t'envoie la fiche contact pour ta visite de demain.", "Fiche de l'usager ci-jointe.", "Nouvelle admission dans ton secteur, fiche jointe."] if fr
                                                           else ["Contact card for tomorrow's visit.", "Client card attached.", "New admission in your sector, card attached."]),
                      "", B.signature(ctx, a, lang, short=True)])
    fn = f"{p.given} {p.surname}.vcf" if rng.random() < 0.6 else "contact.vcf"
    return dict(cat="vcard_contact", from_=B.pair(a), to=[B.pair(b)], subject=rng.choice(["Fiche contact", "Contact usager", "vCard"] if fr else ["Contact card", "Client contact"]),
                text=text, attachments=[Att(fn, "text/vcard", vcf)], types=types, note="patient vCard with care note")


# ---------------------------------------------------------------- P14 attached .eml
def fwd_eml(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.45, min_age=0)
    fr = lang == "fr"
    liaison = B.staff(ctx, lang, org_key=rng.choice(["hosp"] if fr else ["hosp_en", "hosp"]), role="Infirmière de liaison" if fr else "Liaison nurse")
    mid = B.staff(ctx, lang, role="Agente administrative, accueil SAD" if fr else "Intake clerk, home care")
    dest = B.staff(ctx, lang)
    types = {"patient_name", "diagnosis", "medication"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.6)
    mrn = C.gen_mrn(rng)
    types.add("mrn")
    dx = K.dx_for(rng, p, lang)
    meds = K.meds_for(rng, p, lang, 2)
    dd = ctx.date()
    if fr:
        inner = "\n".join([
            "Bonjour,", "", f"Congé prévu le {C.fdate(dd.date(), 'fr', 'long')} pour {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f", {C.mrn_label(rng, lang)} {mrn}.",
            f"Hospitalisation pour {dx}.", f"Médication au congé : {'; '.join(meds)}.",
            "Besoins à domicile : " + rng.choice(["soins de plaie 3x/sem., aide au bain", "enseignement insuline, suivi glycémies", "évaluation ergo, prêt de lit électrique"]),
            "", B.signature(ctx, liaison, lang)])
        isubj = rng.choice(["Demande de services SAD", f"Congé {p.surname}", "Référence SAD - congé"])
        outer = [B.greet(ctx, lang, dest), "", rng.choice(["Je te fais suivre le courriel de la liaison (en pièce jointe).", "Référence reçue de l'hôpital, voir le message joint.",
                                                          "Pour attribution, message original joint."]), "", B.signature(ctx, mid, lang, short=True)]
        osubj = rng.choice(["TR: référence hôpital", "Nouvelle référence", "À attribuer"])
    else:
        inner = "\n".join([
            "Hello,", "", f"Discharge planned {C.fdate(dd.date(), 'en', 'long')} for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f", {C.mrn_label(rng, lang)} {mrn}.",
            f"Admitted for {dx}.", f"Discharge meds: {'; '.join(meds)}.",
            "Home needs: " + rng.choice(["wound care 3x/week, bath assist", "insulin teaching, glucose follow-up", "OT assessment, hospital bed"]),
            "", B.signature(ctx, liaison, lang)])
        isubj = rng.choice(["Home care referral", f"Discharge {p.surname}", "Referral - discharge"])
        outer = [B.greet(ctx, lang, dest), "", rng.choice(["Forwarding the liaison nurse's e-mail (attached).", "Hospital referral, see attached message."]), "", B.signature(ctx, mid, lang, short=True)]
        osubj = rng.choice(["Fwd: hospital referral", "New referral", "For assignment"])
    inner_bytes = M.build_inner(dict(**{"from": B.pair(liaison)}, to=[(mid.org, "sad.accueil@" + mid.domain)], subject=isubj, date=dd, text=inner, lang=lang), rng)
    fn = rng.choice([None, f"{isubj}.eml", "message.eml"])
    return dict(cat="attached_eml", from_=B.pair(mid), to=[B.pair(dest)], subject=osubj, text="\n".join(outer),
                attachments=[Att(fn, "message/rfc822", inner_bytes, eml=True)], types=types, note="hospital referral attached as message/rfc822")
