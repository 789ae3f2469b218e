"""Positive templates: geriatric day hospital, falls clinic, acute geriatric unit, home care."""
import datetime

from gen_attach import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx
from gen_body import quote_intro
from gen_clin import COMORB, DX, FALLS, SOCIAL, labs, meds, mobility, moca, orthostatic
from gen_common import STAFF, fdate, fday
from gen_tpl import (ascii_fname, box, bye, ext_md, future, hello, hhmm, past, pharmacy, pick_staff, sig, who)


def hjg_admission(d, pool):
    """Referral / admission request to the geriatric day hospital."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.4) else pool.invented()
    src = pick_staff(r, r.pick(['ucdg', 'memoire', 'sad']))
    d.category = 'dayhospital_referral'
    d.sender = who(src)
    d.to = [box('hjg', L)]
    d.t('diagnosis')
    goals_fr = ["réadaptation à la marche après fracture de hanche", "ajustement de la médication (polypharmacie, 14 molécules)",
                "évaluation de l'autonomie AVQ/AVD avant retour à domicile", "prise en charge des SCPD et enseignement à l'aidant"]
    goals_en = ["gait rehabilitation after hip fracture", "medication review (polypharmacy, 14 drugs)",
                "ADL/IADL assessment before return home", "BPSD management and caregiver teaching"]
    if p.nam:
        ident = ('kv', d.idkv(p))
    else:
        ident = ('kv', [("Usager" if L == 'fr' else "Patient", d.name(p, r.pick(['upper_comma', 'sur_comma', 'full']))),
                        ("Dossier" if L == 'fr' else "MRN", d.mrn(p))])
    soc = r.chance(0.5)
    if L == 'fr':
        d.subject = r.pick(["Demande d'admission HJG", "Référence hôpital de jour", f"HJG - demande pour {p.surname}"])
        d.blocks = [hello(r, L), "Voici une demande pour l'hôpital de jour gériatrique.", ident,
                    f"Diagnostics : {r.pick(DX[L])}; {', '.join(r.sample(COMORB[L], 2))}.",
                    f"Objectifs : {r.pick(goals_fr)}.", "Peut se déplacer avec marchette, transport adapté à organiser."]
        if soc:
            d.blocks.append(f"Situation : {r.pick(SOCIAL[L])}.")
        d.blocks += [bye(r, L), sig(r, src, L)]
    else:
        d.subject = r.pick(["Day hospital admission request", "Referral to geriatric day hospital", f"GDH - request for {p.surname}"])
        d.blocks = [hello(r, L), "Please find a request for the geriatric day hospital.", ident,
                    f"Diagnoses: {r.pick(DX[L])}; {', '.join(r.sample(COMORB[L], 2))}.",
                    f"Goals: {r.pick(goals_en)}.", "Walks with a walker; adapted transport to be arranged."]
        if soc:
            d.blocks.append(f"Situation: {r.pick(SOCIAL[L])}.")
        d.blocks += [bye(r, L), sig(r, src, L)]
    if p.surname in d.subject:
        d.checks.append(('name', p.surname))
    if soc:
        d.t('social_information')
    d.note = 'day hospital admission request'


def hjg_census(d, pool):
    """Day hospital attendance list for the week, table in the body."""
    r, L = d.rng, d.lang
    hn = pick_staff(r, 'hjg', md=False)
    d.category = 'census'
    d.sender = who(hn)
    d.to = [box('hjg', L)] + [who(pick_staff(r, 'hjg', md=True))]
    d.t('patient_name', 'diagnosis')
    rows = []
    days = ['lun/mer', 'mar/jeu', 'lun/jeu', 'mer/ven'] if L == 'fr' else ['Mon/Wed', 'Tue/Thu', 'Mon/Thu', 'Wed/Fri']
    probs_fr = ["post-FX hanche D", "chutes + HTO", "TNC modéré, SCPD", "AVC récent, hémiparésie G", "Parkinson, freezing",
                "déconditionnement post-COVID", "dépression, perte pondérale 6 kg"]
    probs_en = ["post R hip FX", "falls + orthostatic hypotension", "moderate dementia, BPSD", "recent stroke, L hemiparesis",
                "Parkinson's, freezing", "post-COVID deconditioning", "depression, 6 kg weight loss"]
    mrn_col = r.chance(0.5)
    for i in range(r.randrange(6, 10)):
        p = pool.invented()
        nm = d.name(p, r.pick(['upper_comma', 'sur_init', 'sur_comma']))
        row = [r.pick(days), nm, r.pick(probs_fr if L == 'fr' else probs_en)]
        if mrn_col:
            row.insert(2, d.mrn(p, 'plain'))
        rows.append(row)
    head = ["Jours", "Usager", "Problème"] if L == 'fr' else ["Days", "Patient", "Problem"]
    if mrn_col:
        head.insert(2, "Dossier" if L == 'fr' else "MRN")
    if L == 'fr':
        d.subject = f"Liste HJG semaine du {fdate(future(d, 1, 6), L)}"
        d.blocks = [hello(r, L), "Voici la liste des usagers présents cette semaine :", ('table', head, rows),
                    "Deux congés prévus vendredi. Merci de compléter les notes de congé d'ici jeudi.", bye(r, L), hn.name()]
    else:
        d.subject = f"GDH list week of {fdate(future(d, 1, 6), L)}"
        d.blocks = [hello(r, L), "Here is this week's attendance list:", ('table', head, rows),
                    "Two discharges planned Friday. Please complete discharge notes by Thursday.", bye(r, L), hn.name()]
    d.note = 'weekly day hospital attendance list'


def transport_request(d, pool):
    """Adapted-transport booking for day hospital / clinic visits."""
    r, L = d.rng, d.lang
    p = pool.invented()
    clerk = pick_staff(r, r.pick(['hjg', 'chutes', 'memoire']), md=False)
    d.category = 'transport'
    d.sender = who(clerk)
    d.to = [("Transport adapté Trois-Rivages", "reservations@ta-troisrivages.example")]
    day = future(d, 3, 15)
    cog = r.chance(0.6)
    kv = [("Client", d.name(p, r.pick(['upper_comma', 'full', 'sur_comma']))),
          ("Adresse de départ" if L == 'fr' else "Pick-up address", d.addr(p)),
          ("Téléphone" if L == 'fr' else "Phone", d.phone(p)),
          ("Destination", f"{box(clerk.service, L)[0]}, {'88, rue Laurier' if clerk.service == 'hjg' else '2150, boul. des Ormes'}"),
          ("Dates", f"{fday(day, L)} + {fday(day + datetime.timedelta(days=2), L)}, {hhmm(r, L)}"),
          ("Aide à la mobilité" if L == 'fr' else "Mobility aid", r.pick(["marchette", "fauteuil roulant"]) if L == 'fr' else r.pick(["walker", "wheelchair"]))]
    if cog:
        d.t('diagnosis')
        kv.append(("Remarque" if L == 'fr' else "Note", "Troubles cognitifs : ne pas laisser seul(e) à l'entrée, remettre à l'accueil" if L == 'fr'
                   else "Cognitive impairment: do not leave alone at entrance, hand over at reception"))
    d.blocks = [hello(r, L), "Demande de transport pour l'usager suivant :" if L == 'fr' else "Transport request for:",
                ('kv', kv), bye(r, L), sig(r, clerk, L)]
    d.subject = (f"Demande de transport - {p.surname}" if r.chance(0.5) else "Demande de transport adapté") if L == 'fr' else \
        (f"Transport request - {p.surname}" if r.chance(0.5) else "Adapted transport booking")
    d.note = 'adapted transport booking for clinic visits'


def hjg_discharge(d, pool):
    """Day hospital discharge summary (PDF or DOCX) to the family physician."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.6) else pool.invented()
    ger = pick_staff(r, 'hjg', md=True)
    md = ext_md(r, L)
    d.category = 'discharge_summary'
    d.sender = who(ger)
    d.to = [(md['titled'], md['email'])]
    d.t('diagnosis', 'medication', 'lab_result')
    mo = moca(r, L)[1]
    mob = mobility(r, L)
    old, new = meds(r, L, 3), meds(r, L, 2)
    if p.nam:
        ident = ('kv', d.idkv(p, fw_ok=False))
    else:
        ident = ('kv', [("Nom" if L == 'fr' else "Name", d.name(p, 'upper_comma')), ("DDN" if L == 'fr' else "DOB", d.dob(p)),
                        ("Dossier" if L == 'fr' else "MRN", d.mrn(p, fw_ok=False))])
    start = past(d, 40, 70)
    if L == 'fr':
        rep = [ident, f"Séjour HJG : {fdate(start, L)} au {fdate(past(d, 1, 5), L)} (16 présences)", ('h', "Diagnostics"),
               ('list', [r.pick(DX[L])] + r.sample(COMORB[L], 2)), ('h', "Évolution"), f"{mob}. {mo}.",
               ('h', "Médication au congé"), ('list', [f"Cessé : {x}" for x in old[:1]] + [f"Ajouté : {x}" for x in new]),
               ('h', "Recommandations"), "Poursuivre exercices à domicile (programme PIED). Revoir en clinique de mémoire dans 6 mois."]
        title = "Résumé de congé - Hôpital de jour gériatrique"
        d.subject = r.pick(["Résumé de congé HJG", f"Congé HJG - {p.surname.upper()}", "Note de congé"])
        d.blocks = [f"Bonjour {md['titled']},", "Voici le résumé de congé de votre patient(e) suivi(e) à l'hôpital de jour.",
                    bye(r, L), sig(r, ger, L, True)]
    else:
        rep = [ident, f"GDH stay: {fdate(start, L)} to {fdate(past(d, 1, 5), L)} (16 visits)", ('h', "Diagnoses"),
               ('list', [r.pick(DX[L])] + r.sample(COMORB[L], 2)), ('h', "Progress"), f"{mob}. {mo}.",
               ('h', "Discharge medications"), ('list', [f"Stopped: {x}" for x in old[:1]] + [f"Added: {x}" for x in new]),
               ('h', "Recommendations"), "Continue home exercise program. Memory clinic follow-up in 6 months."]
        title = "Discharge Summary - Geriatric Day Hospital"
        d.subject = r.pick(["GDH discharge summary", f"Discharge - {p.surname.upper()}", "Discharge note"])
        d.blocks = [f"Dear {md['titled']},", "Please find the discharge summary for your patient followed at the day hospital.",
                    bye(r, L), sig(r, ger, L, True)]
    fn = f"{'Resume_conge' if L == 'fr' else 'Discharge'}_{ascii_fname(p.surname)}_{p.given[0]}"
    if r.chance(0.5):
        d.attachments.append(('application/pdf', fn + '.pdf', make_pdf(title, rep, ger.name(), compress=r.chance(0.6), lang=L)))
    else:
        d.attachments.append(('application/vnd.openxmlformats-officedocument.wordprocessingml.document', fn + '.docx',
                              make_docx(title, rep, ger.name())))
    d.note = 'day hospital discharge summary to GP'


def falls_referral(d, pool):
    """Referral to the falls clinic."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.4) else pool.invented()
    md = ext_md(r, L)
    d.category = 'falls_referral'
    d.sender = (md['titled'], md['email'])
    d.to = [box('chutes', L)]
    d.t('diagnosis', 'medication', 'lab_result')
    if p.nam:
        ident = d.idline(p)
    else:
        ident = f"{d.name(p, r.pick(['upper_comma', 'full', 'title_full']))}, {('né(e) le ' if L == 'fr' else 'born ')}{d.dob(p)}"
    ms = meds(r, L, 3)
    if L == 'fr':
        d.subject = r.pick(["Référence clinique des chutes", "Réf. chutes à répétition", "Demande - clinique des chutes"])
        d.blocks = [hello(r, L), f"Patient(e) : {ident}", f"Histoire : {r.pick(FALLS[L])}.",
                    f"TA couché/debout : {orthostatic(r)}.", f"Rx : {'; '.join(ms)}.",
                    "Merci d'évaluer, je soupçonne une hypotension orthostatique médicamenteuse.", ('sig', md['sig'])]
    else:
        d.subject = r.pick(["Falls clinic referral", "Referral: recurrent falls", "Request - falls clinic"])
        d.blocks = [hello(r, L), f"Patient: {ident}", f"History: {r.pick(FALLS[L])}.",
                    f"BP lying/standing: {orthostatic(r)}.", f"Meds: {'; '.join(ms)}.",
                    "Please assess; I suspect drug-induced orthostatic hypotension.", ('sig', md['sig'])]
    d.note = 'referral to falls clinic'


def falls_followup(d, pool):
    """Physio / kinesiology assessment result sent to the geriatrician, reply with quoted text."""
    r, L = d.rng, d.lang
    p = pool.invented()
    pt = pick_staff(r, 'chutes', md=False)
    ger = pick_staff(r, 'chutes', md=True)
    d.category = 'falls_followup'
    d.sender = who(ger)
    d.to = [who(pt)]
    d.reply = True
    d.t('lab_result', 'diagnosis')
    nm = d.name(p, r.pick(['title_sur', 'full', 'upper_comma', 'init_sur']))
    mob = mobility(r, L)
    vitd = r.choice([28, 34, 41])
    d.t('medication')
    if L == 'fr':
        d.subject = f"RE: évaluation chutes {nm}"
        d.blocks = [f"Merci {pt.given}. Je débute vitamine D 2000 UI DIE (25-OH D à {vitd}) et je cesse la zopiclone. "
                    "On la/le revoit dans 6 semaines.", ger.titled(L),
                    ('quote', quote_intro(r, L, pt.name(), d.when - datetime.timedelta(days=1)),
                     [f"Éval de {nm} faite aujourd'hui : {mob}. Risque de chute élevé. Programme d'exercices remis, "
                      "aide technique : canne quadripode.", pt.given])]
    else:
        d.subject = f"RE: falls assessment {nm}"
        d.blocks = [f"Thanks {pt.given}. Starting vitamin D 2000 IU daily (25-OH D {vitd}) and stopping zopiclone. "
                    "Follow-up in 6 weeks.", ger.titled(L),
                    ('quote', quote_intro(r, L, pt.name(), d.when - datetime.timedelta(days=1)),
                     [f"Assessed {nm} today: {mob}. High fall risk. Exercise program given, walking aid: quad cane.", pt.given])]
    d.note = 'reply about falls assessment and treatment'


def deprescribing(d, pool):
    """Pharmacist deprescribing plan sent to community pharmacy (HTML table)."""
    r, L = d.rng, d.lang
    p = pool.invented()
    pharm = [s for s in STAFF if s.role_en == 'pharmacist'][0]
    ph = pharmacy(r)
    d.category = 'deprescribing'
    d.sender = who(pharm)
    d.to = [(ph['name'], ph['email'])]
    d.hints['fmt'] = r.pick(['html', 'alt'])
    d.t('medication', 'date_of_birth', 'diagnosis')
    nm = d.name(p, r.pick(['upper_comma', 'full', 'title_full']))
    dob = d.dob(p)
    if L == 'fr':
        rows = [["lorazépam 1 mg HS", "0,5 mg HS x 2 sem, puis 0,25 mg x 2 sem, puis cesser"],
                ["oxybutynine 5 mg BID", "cesser (charge anticholinergique, TNC)"],
                ["amlodipine 10 mg", "diminuer à 5 mg (HTO, chutes)"]]
        d.subject = r.pick(["Plan de déprescription", f"Déprescription - {p.surname}", "Sevrage benzodiazépine - plan"])
        d.blocks = [hello(r, L), f"Pour {nm} (DDN {dob}), suivi à l'hôpital de jour pour chutes et TNC léger, voici le plan convenu avec le gériatre :",
                    ('table', ["Médicament", "Plan"], rows), "Pouvez-vous ajuster le pilulier à partir de lundi? Merci.",
                    bye(r, L), sig(r, pharm, L)]
    else:
        rows = [["lorazepam 1 mg qHS", "0.5 mg qHS x 2 wk, then 0.25 mg x 2 wk, then stop"],
                ["oxybutynin 5 mg BID", "stop (anticholinergic burden, cognition)"],
                ["amlodipine 10 mg", "reduce to 5 mg (orthostatic hypotension, falls)"]]
        d.subject = r.pick(["Deprescribing plan", f"Deprescribing - {p.surname}", "Benzodiazepine taper - plan"])
        d.blocks = [hello(r, L), f"For {nm} (DOB {dob}), followed at the day hospital for falls and MCI, here is the plan agreed with the geriatrician:",
                    ('table', ["Drug", "Plan"], rows), "Could you adjust the blister pack starting Monday? Thanks.",
                    bye(r, L), sig(r, pharm, L)]
    d.note = 'deprescribing plan to community pharmacy'


def bmd_result(d, pool):
    """Bone density result and osteoporosis treatment, short."""
    r, L = d.rng, d.lang
    p = pool.invented()
    ger = pick_staff(r, 'chutes', md=True)
    nurse = pick_staff(r, 'chutes', md=False)
    d.category = 'lab_followup'
    d.sender = who(nurse)
    d.to = [who(ger)]
    d.t('lab_result', 'diagnosis')
    t = r.pick(['-2,8', '-3,1', '-2,6', '-1,9']) if L == 'fr' else r.pick(['-2.8', '-3.1', '-2.6', '-1.9'])
    ref = d.mrn(p) if r.chance(0.4) else d.name(p, r.pick(['sur_init', 'upper_sur', 'title_sur']))
    if L == 'fr':
        d.subject = f"Ostéodensitométrie {ref}"
        d.blocks = [f"{ger.titled(L)}, ostéo de {ref} : T-score col fémoral {t}, L1-L4 {t[:-1]}{int(t[-1]) - 1 if t[-1] != '0' else 0}. "
                    "FRAX risque majeur 24 %. Ostéoporose avec fracture de fragilité antérieure.",
                    "On débute l'alendronate? Je peux faire la demande de médicament d'exception si besoin.", nurse.given]
    else:
        d.subject = f"BMD {ref}"
        d.blocks = [f"{ger.titled(L)}, BMD for {ref}: femoral neck T-score {t}, L1-L4 {t[:-1]}{int(t[-1]) - 1 if t[-1] != '0' else 0}. "
                    "FRAX major 24%. Osteoporosis with prior fragility fracture.",
                    "Start alendronate? I can send the exception drug request if needed.", nurse.given]
    d.t('medication')
    d.note = 'bone density result'


def falls_booking(d, pool):
    """Appointment confirmation sent to the patient's family with an ICS."""
    r, L = d.rng, d.lang
    p = pool.invented()
    clerk = pick_staff(r, 'chutes', md=False)
    d.category = 'appointment'
    d.sender = box('chutes', L)
    from gen_tpl import family_addr
    fam = family_addr(r, p.given, p.surname)
    d.to = [(None, fam)]
    day = future(d, 7, 30)
    start = datetime.datetime(day.year, day.month, day.day, r.pick([8, 9, 10, 13]), r.pick([0, 30]))
    nm = d.name(p, r.pick(['title_full', 'title_sur']))
    ph = d.phone(p)
    if L == 'fr':
        d.subject = "Confirmation de rendez-vous - Clinique des chutes"
        d.blocks = [f"Bonjour {nm},", f"Nous confirmons votre rendez-vous le {fday(day, L)} à {start:%H} h {start:%M} à la Clinique des chutes "
                    "(CLSC du Vieux-Moulin, 410, rue du Moulin).",
                    f"Nous vous appellerons au {ph} la veille. Apportez vos médicaments et vos chaussures de marche.",
                    "Prévoir 2 heures (évaluation en physiothérapie et rencontre avec le médecin).", sig(r, clerk, L, False)]
        summ, desc = f"Clinique des chutes - {nm}", "Évaluation multifactorielle du risque de chute. Apporter la liste de médicaments."
    else:
        d.subject = "Appointment confirmation - Falls Clinic"
        d.blocks = [f"Dear {nm},", f"This confirms your appointment on {fday(day, L)} at {start:%I:%M %p} at the Falls Clinic "
                    "(CLSC du Vieux-Moulin, 410 rue du Moulin).",
                    f"We will call you at {ph} the day before. Please bring your medications and walking shoes.",
                    "Allow 2 hours (physiotherapy assessment and physician visit).", sig(r, clerk, L, False)]
        summ, desc = f"Falls Clinic - {nm}", "Multifactorial fall risk assessment. Bring your medication list."
    if r.chance(0.6):
        ics = make_ics(f"chutes-{d.when:%Y%m%d}-{r.randrange(10 ** 5):05d}@cisss-troisrivages.example", summ, desc,
                       "CLSC du Vieux-Moulin, 410 rue du Moulin", start, start + datetime.timedelta(hours=2),
                       ("Clinique des chutes", box('chutes', L)[1]), [(nm, fam)],
                       d.when.astimezone(datetime.timezone.utc).replace(tzinfo=None))
        d.attachments.append(('text/calendar', 'rendez-vous.ics' if L == 'fr' else 'appointment.ics', ics.encode('utf-8')))
    d.note = 'falls clinic appointment confirmation'


def ucdg_signout(d, pool):
    """Acute geriatric unit sign-out list, roster lines in plain text."""
    r, L = d.rng, d.lang
    res = pick_staff(r, 'memoire', md=True)
    ger = pick_staff(r, 'ucdg', md=True)
    d.category = 'signout'
    d.sender = who(ger)
    d.to = [who(res), box('ucdg', L)]
    d.hints['fmt'] = 'plain'
    d.t('patient_name', 'diagnosis', 'medication')
    items_fr = ["délirium hypoactif sur IVU, ATB J3/7, Haldol 0,5 mg PRN", "FX hanche G opérée J4, Hb 92, transfusion si < 80",
                "chute + TNC, CT tête négatif, en attente MAH", "IC décompensée, Lasix IV, poids -2 kg",
                "pneumonie d'aspiration, NPO, évaluation orthophonie demain", "hyponatrémie 124, restriction liquidienne"]
    items_en = ["hypoactive delirium from UTI, abx D3/7, Haldol 0.5 mg PRN", "L hip FX post-op D4, Hb 92, transfuse if < 80",
                "fall + dementia, CT head neg, awaiting LTC placement", "decompensated HF, IV Lasix, weight -2 kg",
                "aspiration pneumonia, NPO, SLP assessment tomorrow", "hyponatremia 124, fluid restriction"]
    lines = []
    for i in range(r.randrange(5, 8)):
        p = pool.invented()
        room = f"4N-{r.randrange(401, 430)}{r.pick(['A', 'B', ''])}"
        nm = d.name(p, r.pick(['upper_sur', 'sur_comma', 'lower_sur_first', 'sur_init', 'title_sur']))
        k = r.randrange(len(items_fr))
        it = (items_fr if L == 'fr' else items_en)[k]
        if k in (1, 2, 5):
            d.t('lab_result')
        if k == 2:
            d.t('social_information')
        if r.chance(0.3):
            lines.append(f"{room}  {nm} ({d.mrn(p, 'plain')}) - {it}")
        else:
            lines.append(f"{room}  {nm} - {it}")
    if L == 'fr':
        d.subject = f"Sign-out UCDG {fdate(d.when.date(), L, 'iso')}"
        d.blocks = ["Salut, voici le sign-out pour la garde :", ('pre', '\n'.join(lines)),
                    "Code : tous niveau de soins B sauf 4N-412 (niveau C). Bonne garde.", ger.given]
    else:
        d.subject = f"UCDG sign-out {fdate(d.when.date(), L, 'iso')}"
        d.blocks = ["Hi, here is sign-out for tonight:", ('pre', '\n'.join(lines)),
                    "All level of care B except 4N-412 (level C). Have a good night.", ger.given]
    d.note = 'acute geriatric unit sign-out list'


def home_care_referral(d, pool):
    """Referral to CLSC home care (SAD) with address and social situation; vCard attached sometimes."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, r.pick(['memoire', 'hjg', 'ucdg']), md=False)
    d.category = 'home_care_referral'
    d.sender = who(sw)
    d.to = [box('sad', L)]
    d.t('social_information', 'diagnosis')
    soc = r.sample(SOCIAL[L], 2)
    nm = d.name(p, r.pick(['upper_comma', 'full', 'title_full']))
    address = d.addr(p)
    if L == 'fr':
        d.subject = r.pick(["Demande de services SAD", "Référence soutien à domicile", "Demande SAD - retour à domicile"])
        d.blocks = [hello(r, L), f"Demande de services à domicile pour {nm}, {address}.",
                    f"Contexte : {soc[0]}; {soc[1]}. TNC léger, chutes.",
                    ('list', ["Aide au bain 2x/sem", "Gestion de la médication (Dispill)", "Évaluation de la sécurité du domicile en ergo",
                              "Popote roulante"]), bye(r, L), sig(r, sw, L)]
    else:
        d.subject = r.pick(["Home care services request", "Referral to home care", "Home care - return home"])
        d.blocks = [hello(r, L), f"Home care request for {nm}, {address}.", f"Context: {soc[0]}; {soc[1]}. MCI, falls.",
                    ('list', ["Bathing help twice a week", "Medication management (blister pack)", "OT home safety assessment",
                              "Meals on wheels"]), bye(r, L), sig(r, sw, L)]
    if r.chance(0.6):
        vc = make_vcf(f"{p.given} {p.surname}", p.surname, p.given, tel=d.phone(p), adr=(p.street, p.town, 'QC', p.postal),
                      note=("Usager SAD - TNC léger, chutes" if L == 'fr' else "Home care client - MCI, falls"))
        d.attachments.append(('text/vcard', f"{ascii_fname(p.given)}_{ascii_fname(p.surname)}.vcf", vc.encode('utf-8')))
    d.note = 'home care referral with social context'


def attendance_csv(d, pool):
    """CSV export of day-hospital interventions (names + diagnosis) for the physician's billing/stat check."""
    r, L = d.rng, d.lang
    tech = pick_staff(r, 'admin', md=False)
    d.category = 'export'
    d.sender = who(tech)
    d.to = [who(pick_staff(r, 'hjg', md=False))]
    d.t('patient_name', 'mrn', 'diagnosis')
    head = ["dossier", "nom", "prenom", "date_visite", "intervenant", "motif"] if L == 'fr' else \
        ["mrn", "last_name", "first_name", "visit_date", "clinician", "reason"]
    rows = []
    reasons_fr = ["réadaptation post-FX", "TNC - SCPD", "chutes", "Parkinson", "AVC", "dénutrition"]
    reasons_en = ["post-FX rehab", "dementia - BPSD", "falls", "Parkinson's", "stroke", "malnutrition"]
    for i in range(r.randrange(6, 12)):
        p = pool.invented()
        d.checks.append(('name', p.surname))
        d.checks.append(('mrn', p.mrn))
        rows.append([p.mrn, p.surname, p.given, fdate(past(d, 1, 14), L, 'iso'), pick_staff(r, 'hjg').surname,
                     r.pick(reasons_fr if L == 'fr' else reasons_en)])
    delim = ';' if L == 'fr' else ','
    enc = 'windows-1252' if r.chance(0.4) else 'utf-8'
    data = make_csv(head, rows, delim=delim, encoding=enc, bom=(enc == 'utf-8' and r.chance(0.5)))
    if L == 'fr':
        d.subject = "Extraction présences HJG"
        d.blocks = [hello(r, L), "Voici l'extraction demandée des présences des deux dernières semaines. Il manque les notes de 3 usagers.",
                    bye(r, L), tech.name()]
    else:
        d.subject = "GDH attendance extract"
        d.blocks = [hello(r, L), "Here is the requested attendance extract for the last two weeks. Notes missing for 3 patients.",
                    bye(r, L), tech.name()]
    d.attachments.append(('text/csv', 'presences_hjg.csv' if L == 'fr' else 'gdh_attendance.csv', data,
                          {'as_text': False} if data.startswith(b'\xef\xbb\xbf') else {'encoding': enc}))
    d.note = 'CSV attendance extract with names'
