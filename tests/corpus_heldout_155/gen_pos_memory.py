"""Positive templates: memory clinic (referrals, MoCA, reports, caregivers, labs, imaging)."""
import datetime

from gen_attach import make_docx, make_ics, make_pdf, make_xlsx
from gen_body import quote_intro
from gen_build import inner_eml
from gen_clin import COMORB, DX, SOCIAL, labs, meds, moca
from gen_common import fdate
from gen_tpl import (ascii_fname, box, bye, ext_md, family_addr, future, hello, hhmm, past, pick_staff,
                     sig, who)


def mem_referral(d, pool):
    """GP referral to the memory clinic."""
    r, L = d.rng, d.lang
    md = ext_md(r, L)
    p = pool.holder() if r.chance(0.6) else pool.invented()
    d.category = 'referral'
    d.sender = (md['titled'], md['email'])
    d.to = [box('memoire', L)]
    tot, mo = moca(r, L)
    dx = r.pick(DX[L])
    ms = meds(r, L, r.randrange(2, 5))
    soc = r.pick(SOCIAL[L])
    d.t('diagnosis', 'lab_result', 'medication')
    if p.nam:
        ident = ('kv', d.idkv(p, mrn=False))
    else:
        ident = ('kv', [("Patient" if L == 'en' else "Usager", d.name(p, 'upper_comma')),
                        ("DDN" if L == 'fr' else "DOB", d.dob(p)), ("Tél." if L == 'fr' else "Phone", d.phone(p))])
    with_social = r.chance(0.7)
    if L == 'fr':
        d.subject = r.pick([f"Référence clinique de mémoire - {p.name(L, 'upper_comma')}",
                            "Demande de consultation - clinique de mémoire", "Réf. évaluation cognitive"])
        blocks = [hello(r, L), "Je vous réfère la patiente/le patient suivant(e) pour évaluation cognitive.", ident,
                  f"Motif : perte de mémoire progressive depuis environ {r.randrange(8, 30)} mois, oublis répétés "
                  f"des rendez-vous, s'est perdu(e) en voiture en revenant de l'épicerie. Hypothèse : {dx}.",
                  f"Au bureau : {mo}. Antécédents : {', '.join(r.sample(COMORB[L], 3))}.",
                  ('list', ms),
                  f"Bilan fait : {', '.join(labs(r, L)[:4])}. TDM cérébral demandé."]
        if with_social:
            blocks.append(f"Contexte : {soc}.")
        blocks += [bye(r, L), ('sig', md['sig'])]
    else:
        d.subject = r.pick([f"Memory clinic referral - {p.name(L, 'sur_comma')}", "Referral: cognitive assessment",
                            "New referral for memory clinic"])
        blocks = [hello(r, L), "Please see the following patient for a cognitive assessment.", ident,
                  f"Reason: progressive memory loss over about {r.randrange(8, 30)} months, repeatedly missing "
                  f"appointments, got lost driving home from the grocery store. Working diagnosis: {dx}.",
                  f"In office: {mo}. PMH: {', '.join(r.sample(COMORB[L], 3))}.", ('list', ms),
                  f"Work-up so far: {', '.join(labs(r, L)[:4])}. CT head ordered."]
        if with_social:
            blocks.append(f"Social: {soc}.")
        blocks += [bye(r, L), ('sig', md['sig'])]
    if with_social:
        d.t('social_information')
    d.blocks = blocks
    d.note = 'GP referral to memory clinic'
    if r.chance(0.35):
        if p.nam:
            pdf_ident = ('kv', d.idkv(p, fw_ok=False, mrn=False))
        else:
            pdf_ident = ('kv', [("Usager" if L == 'fr' else "Patient", p.name(L, 'upper_comma')),
                                ("DDN" if L == 'fr' else "DOB", d.dob(p, 'iso'))])
        d.attachments.append(('application/pdf', 'Formulaire_reference_memoire.pdf' if L == 'fr' else 'memory_referral_form.pdf',
                              make_pdf("Formulaire de référence - Clinique de mémoire" if L == 'fr' else "Memory Clinic Referral Form",
                                       [pdf_ident, ("Raison : " if L == 'fr' else "Reason: ") + dx], md['name'],
                                       compress=r.chance(0.5), lang=L)))


def moca_result(d, pool):
    """MoCA result: patient named only in the subject or only in the attachment file name."""
    r, L = d.rng, d.lang
    p = pool.invented()
    nurse = pick_staff(r, 'memoire', md=False)
    ger = pick_staff(r, 'memoire', md=True)
    d.category = 'moca'
    d.sender = who(nurse)
    d.to = [who(ger)]
    tot, mo = moca(r, L)
    d.t('lab_result')
    where = r.pick(['subject', 'filename'])
    if where == 'subject':
        nm = d.name(p, r.pick(['title_sur', 'sur_init', 'upper_sur', 'lower']))
        d.subject = (f"MoCA {nm}" if L == 'fr' else f"MoCA - {nm}") if r.chance(0.5) else \
            (f"RE: résultat MoCA {nm}" if L == 'fr' else f"RE: MoCA result {nm}")
        d.reply = d.subject.startswith('RE')
    else:
        d.subject = "MoCA de ce matin" if L == 'fr' else "This morning's MoCA"
    if L == 'fr':
        body = [hello(r, L, ger.given), f"Fait ce matin : {mo}.",
                r.pick(["Orientation 4/6, elle/il ne connaissait pas la date.", "Cube et horloge échoués.",
                        "Très anxieux(se) pendant le test, a demandé d'arrêter deux fois."]),
                "Je te laisse voir si on demande la neuropsy.", bye(r, L), sig(r, nurse, L, False)]
    else:
        body = [hello(r, L, ger.given), f"Done this morning: {mo}.",
                r.pick(["Orientation 4/6, did not know the date.", "Failed cube and clock.",
                        "Very anxious during testing, asked to stop twice."]),
                "Let me know if you want a neuropsych referral.", bye(r, L), sig(r, nurse, L, False)]
    d.blocks = body
    if where == 'filename':
        fn = f"MoCA_{ascii_fname(p.surname)}_{p.given[0]}_{d.when:%Y%m%d}.pdf" if r.chance(0.6) else \
            f"MoCA {p.surname} {p.given}.pdf"
        d.name(p, 'full')
        d.attachments.append(('application/pdf', fn, make_pdf(
            "MoCA - Montreal Cognitive Assessment (v8.1)" if L == 'en' else "MoCA - Évaluation cognitive de Montréal (v8.1 FR)",
            [('kv', [("Score total" if L == 'fr' else "Total score", f"{tot}/30"),
                     ("Scolarité de 12 ans ou moins (+1)" if L == 'fr' else "Education 12 years or less (+1)", r.pick(["oui", "non"]) if L == 'fr' else r.pick(["yes", "no"])),
                     ("Évaluateur" if L == 'fr' else "Rater", nurse.name())]), mo],
            nurse.name(), compress=r.chance(0.5), lang=L), {'fname': 'rfc2231'} if not fn.isascii() else {}))
    else:
        if r.chance(0.5):
            d.attachments.append(('application/pdf', 'MoCA_scan.pdf', make_pdf(
                "MoCA", [f"Score {tot}/30", mo], nurse.name(), lang=L)))
    d.note = 'MoCA result, name in subject or file name'


def neuropsy_report(d, pool):
    """Neuropsychological / cognitive assessment report as DOCX or PDF."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.6) else pool.invented()
    np_ = pick_staff(r, 'memoire', md=False)
    ger = pick_staff(r, 'memoire', md=True)
    d.category = 'assessment_report'
    d.sender = who(np_)
    d.to = [who(ger)]
    if r.chance(0.5):
        d.cc = [box('memoire', L)]
    dx = r.pick(DX[L])
    tot, mo = moca(r, L)
    d.t('diagnosis', 'lab_result')
    if p.nam:
        ident = ('kv', d.idkv(p, fw_ok=False))
    else:
        ident = ('kv', [("Nom" if L == 'fr' else "Name", d.name(p, 'upper_comma')),
                        ("DDN" if L == 'fr' else "DOB", d.dob(p)), ("Dossier" if L == 'fr' else "Chart", d.mrn(p, fw_ok=False))])
    if L == 'fr':
        rep = [ident, ('h', "Résultats"), mo,
               f"RAVLT : rappel immédiat {r.randrange(12, 35)}/75, rappel différé {r.randrange(0, 8)}/15. "
               f"Trail B : {r.pick(['abandonné', f'{r.randrange(150, 300)} s avec 4 erreurs'])}.",
               ('h', "Impression"), f"Profil compatible avec : {dx}.",
               ('h', "Recommandations"),
               ('list', ["Cesser la conduite automobile en attendant l'évaluation SAAQ",
                         "Aide pour la gestion de la médication (pilulier hebdomadaire)",
                         "Référence à la Société Alzheimer pour la proche aidante"])]
        title = "Rapport d'évaluation neuropsychologique"
        fn = f"Rapport_neuropsy_{ascii_fname(p.surname.upper())}.docx" if r.chance(0.6) else f"Évaluation neuropsy - {p.surname}.docx"
        d.subject = r.pick([f"Rapport neuropsy - {p.surname}", "Rapport d'évaluation", "Neuropsy : rapport final"])
        body = [hello(r, L, ger.given), "Voici mon rapport final. J'ai rencontré la famille vendredi pour le retour.",
                bye(r, L), sig(r, np_, L)]
    else:
        rep = [ident, ('h', "Results"), mo,
               f"RAVLT: immediate recall {r.randrange(12, 35)}/75, delayed {r.randrange(0, 8)}/15. "
               f"Trails B: {r.pick(['discontinued', f'{r.randrange(150, 300)} s with 4 errors'])}.",
               ('h', "Impression"), f"Profile consistent with {dx}.",
               ('h', "Recommendations"),
               ('list', ["Stop driving pending the SAAQ road assessment",
                         "Help with medication management (weekly blister pack)",
                         "Refer caregiver to the Alzheimer Society"])]
        title = "Neuropsychological Assessment Report"
        fn = f"Neuropsych_report_{ascii_fname(p.surname)}_{p.given[0]}.docx" if r.chance(0.6) else f"Cognitive assessment - {p.surname}.docx"
        d.subject = r.pick([f"Neuropsych report - {p.surname}", "Final assessment report", "Report attached"])
        body = [hello(r, L, ger.given), "Here is my final report. I met with the family on Friday for feedback.",
                bye(r, L), sig(r, np_, L)]
    d.blocks = body
    if r.chance(0.6):
        d.attachments.append(('application/vnd.openxmlformats-officedocument.wordprocessingml.document', fn,
                              make_docx(title, rep, np_.name())))
    else:
        d.attachments.append(('application/pdf', fn[:-5] + '.pdf', make_pdf(title, rep, np_.name(), compress=r.chance(0.6), lang=L)))
    d.note = 'neuropsychological report attached'


def caregiver_meeting(d, pool):
    """Social worker's summary of a caregiver meeting."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, 'memoire', md=False)
    team = [who(pick_staff(r, 'memoire', md=True)), who(pick_staff(r, 'memoire', md=False, exclude=(sw,)))]
    d.category = 'caregiver_meeting'
    d.sender = who(sw)
    d.to = team[:r.randrange(1, 3)]
    dx = r.pick(DX[L])
    soc = r.sample(SOCIAL[L], 2)
    d.t('diagnosis', 'social_information')
    nm = d.name(p, r.pick(['title_full', 'title_sur', 'full', 'upper_comma']))
    rel = r.pick(['fille', 'fils', 'conjoint', 'conjointe', 'nièce']) if L == 'fr' else \
        r.pick(['daughter', 'son', 'husband', 'wife', 'niece'])
    if L == 'fr':
        d.subject = r.pick(["Compte rendu rencontre proche aidant", f"Rencontre famille {p.surname}", "Suivi rencontre d'hier"])
        d.blocks = [hello(r, L), f"Résumé de la rencontre d'hier avec la {rel} de {nm} ({dx}) :",
                    ('list', [soc[0][0].upper() + soc[0][1:], soc[1][0].upper() + soc[1][1:],
                              "Zarit : 46/88, fardeau élevé",
                              "Demande de répit : inscription au programme Baluchon et au centre de jour 2 jours/sem.",
                              "Info remise sur le crédit d'impôt pour proches aidants"]),
                    "Je fais la demande SAD cette semaine. On pourrait en reparler à la réunion interdisciplinaire de jeudi.",
                    bye(r, L), sig(r, sw, L)]
    else:
        d.subject = r.pick(["Caregiver meeting summary", f"Family meeting - {p.surname}", "Follow-up from yesterday's meeting"])
        d.blocks = [hello(r, L), f"Summary of yesterday's meeting with the {rel} of {nm} ({dx}):",
                    ('list', [soc[0][0].upper() + soc[0][1:], soc[1][0].upper() + soc[1][1:],
                              "Zarit 46/88, high burden",
                              "Respite requested: Baluchon program and day centre 2 days/week",
                              "Information given on the caregiver tax credit"]),
                    "I'll send the home care request this week. We can discuss it at Thursday's team meeting.",
                    bye(r, L), sig(r, sw, L)]
    d.t('lab_result')  # Zarit score
    d.note = 'caregiver meeting summary'


def caregiver_invite(d, pool):
    """Calendar invitation (ICS) for a family / caregiver meeting."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, 'memoire', md=False)
    ger = pick_staff(r, 'memoire', md=True)
    fam = family_addr(r, r.pick(['Sylvie', 'Marc', 'Johanne', 'Paul', 'Linda']), p.surname)
    d.category = 'meeting_invite'
    d.sender = who(sw)
    d.to = [(None, fam), who(ger)]
    day = future(d, 5, 20)
    start = datetime.datetime(day.year, day.month, day.day, r.pick([9, 10, 13, 14]), 0)
    nm = d.name(p, r.pick(['title_sur', 'full', 'title_full']))
    d.t('diagnosis')
    dx = r.pick(DX[L])
    if L == 'fr':
        summ = f"Rencontre famille - {nm}"
        desc = f"Annonce du diagnostic ({dx}) et plan de services. Prévoir 60 min. Salle 3.114."
        d.subject = f"Invitation : {summ} - {fdate(day, L)}"
        d.blocks = [hello(r, L), f"Comme convenu au téléphone, voici l'invitation pour la rencontre concernant {nm}. "
                    "Nous discuterons des résultats de l'évaluation et des services possibles.", bye(r, L), sig(r, sw, L)]
    else:
        summ = f"Family meeting - {nm}"
        desc = f"Disclosure of diagnosis ({dx}) and care plan. 60 min. Room 3.114."
        d.subject = f"Invitation: {summ} - {fdate(day, L)}"
        d.blocks = [hello(r, L), f"As discussed by phone, here is the invitation for the meeting about {nm}. "
                    "We will go over the assessment results and available services.", bye(r, L), sig(r, sw, L)]
    ics = make_ics(f"{d.when:%Y%m%d}-{r.randrange(10 ** 6):06d}@cisss-troisrivages.example", summ, desc,
                   "Hôpital Saint-Aubin, local 3.114", start, start + datetime.timedelta(hours=1), (sw.name(), sw.email),
                   [("Famille", fam), (ger.name(), ger.email)], d.when.astimezone(datetime.timezone.utc).replace(tzinfo=None))
    d.attachments.append(('text/calendar', 'invite.ics', ics.encode('utf-8')))
    d.note = 'calendar invite for family meeting'


def memory_rx(d, pool):
    """Prescription faxed/e-mailed to a community pharmacy."""
    r, L = d.rng, d.lang
    from gen_tpl import pharmacy
    ph = pharmacy(r)
    ger = pick_staff(r, r.pick(['memoire', 'hjg']), md=True)
    p = pool.holder() if r.chance(0.5) else pool.invented()
    d.category = 'prescription'
    d.sender = who(ger) if r.chance(0.5) else box('memoire', L)
    d.to = [(ph['name'], ph['email'])]
    d.t('medication')
    drug = r.pick([("donépézil 5 mg", "1 co DIE x 4 sem, puis 10 mg DIE", "donepezil 5 mg", "1 tab daily x 4 wk then 10 mg daily"),
                   ("rivastigmine timbre 4,6 mg/24 h", "1 timbre DIE, augmenter à 9,5 mg/24 h dans 4 sem",
                    "rivastigmine patch 4.6 mg/24 h", "1 patch daily, increase to 9.5 mg/24 h in 4 wk"),
                   ("mémantine 5 mg", "titration 5 mg/sem jusqu'à 10 mg BID", "memantine 5 mg", "titrate 5 mg/wk to 10 mg BID"),
                   ("galantamine ER 8 mg", "1 caps DIE avec déjeuner", "galantamine ER 8 mg", "1 cap daily with breakfast")])
    if p.nam:
        ident = ('kv', d.idkv(p, mrn=False) + [("Adresse" if L == 'fr' else "Address", d.addr(p))])
    else:
        ident = ('kv', [("Patient", d.name(p, 'upper_comma')), ("DDN" if L == 'fr' else "DOB", d.dob(p)),
                        ("Adresse" if L == 'fr' else "Address", d.addr(p))])
    stop = r.chance(0.5)
    if L == 'fr':
        d.subject = r.pick(["Ordonnance", "Nouvelle ordonnance - clinique de mémoire", "Rx à servir SVP"])
        d.blocks = [hello(r, L), "Veuillez trouver l'ordonnance ci-dessous.", ident,
                    ('kv', [("Rx", drug[0]), ("Posologie", drug[1]), ("Qté", "30 jours, renouvelable x 3")])]
        if stop:
            d.blocks.append("Cesser l'oxybutynine (effet anticholinergique). Dispill SVP.")
        d.blocks += ["Indication : TNC majeur.", bye(r, L), sig(r, ger, L)]
    else:
        d.subject = r.pick(["Prescription", "New prescription - memory clinic", "Rx please fill"])
        d.blocks = [hello(r, L), "Please find the prescription below.", ident,
                    ('kv', [("Rx", drug[2]), ("Sig", drug[3]), ("Qty", "30 days, refills x 3")])]
        if stop:
            d.blocks.append("Stop oxybutynin (anticholinergic burden). Blister pack please.")
        d.blocks += ["Indication: major neurocognitive disorder.", bye(r, L), sig(r, ger, L)]
    d.t('diagnosis')
    d.note = 'prescription to community pharmacy'


def dementia_labs(d, pool):
    """Reversible-causes work-up results, terse."""
    r, L = d.rng, d.lang
    p = pool.invented()
    res = pick_staff(r, 'memoire', md=True)
    ger = pick_staff(r, 'memoire', md=True, exclude=(res,))
    d.category = 'lab_followup'
    d.sender = who(res)
    d.to = [who(ger)]
    lb = labs(r, L)
    d.t('lab_result', 'diagnosis')
    use_mrn = r.chance(0.5)
    ref = d.mrn(p) if use_mrn else d.name(p, r.pick(['sur_init', 'title_sur', 'upper_sur', 'lower']))
    if not use_mrn and r.chance(0.5):
        ref += f" ({d.mrn(p)})"
    if L == 'fr':
        d.subject = f"Bilan {ref}" if r.chance(0.6) else "Résultats bilan TNC"
        d.blocks = [hello(r, L, ger.given), f"Bilan de démence revenu pour {ref} :", ('list', lb),
                    "B12 basse -> je débute cyanocobalamine 1000 mcg IM q mois x 3 puis PO. TSH ok." if 'bas' in lb[0]
                    else "Rien de réversible. On poursuit avec l'imagerie.", bye(r, L)]
    else:
        d.subject = f"Labs {ref}" if r.chance(0.6) else "Dementia work-up results"
        d.blocks = [hello(r, L, ger.given), f"Dementia work-up back for {ref}:", ('list', lb),
                    "Low B12 -> starting cyanocobalamin 1000 mcg IM monthly x 3 then PO. TSH fine." if 'low' in lb[0]
                    else "Nothing reversible. Proceeding with imaging.", bye(r, L)]
    if 'bas' in lb[0] or 'low' in lb[0]:
        d.t('medication', 'diagnosis')
    d.blocks.append(res.titled(L))
    d.note = 'dementia work-up lab results'


def imaging_followup(d, pool):
    """CT/MRI result quoted in a reply."""
    r, L = d.rng, d.lang
    p = pool.invented()
    ger = pick_staff(r, 'memoire', md=True)
    nurse = pick_staff(r, 'memoire', md=False)
    d.category = 'imaging'
    d.sender = who(ger)
    d.to = [who(nurse)]
    d.reply = True
    d.t('lab_result', 'diagnosis')
    fazekas = r.randrange(1, 4)
    sch = r.randrange(1, 4)
    nm = d.name(p, r.pick(['full', 'upper_comma', 'title_sur']))
    mrn = d.mrn(p)
    if L == 'fr':
        rep = (f"IRM cérébrale ({fdate(past(d), L, 'iso')}) - dossier {mrn} : atrophie hippocampique bilatérale "
               f"(Scheltens {sch}), leucoaraïose Fazekas {fazekas}, pas de lésion expansive, microhémorragies : aucune.")
        d.subject = f"RE: IRM {nm}"
        d.blocks = ["Oui, c'est compatible avec un Alzheimer avec composante vasculaire. Tu peux lui donner le "
                    "rendez-vous d'annonce avec la famille, 60 min.", ('quote', quote_intro(r, L, nurse.name(), d.when - datetime.timedelta(hours=3)),
                                                                     [hello(r, L, ger.given), f"Le rapport d'IRM de {nm} est arrivé :", rep,
                                                                      "On lui donne un rendez-vous?", nurse.given])]
    else:
        rep = (f"Brain MRI ({fdate(past(d), L, 'iso')}) - chart {mrn}: bilateral hippocampal atrophy (Scheltens {sch}), "
               f"Fazekas {fazekas} white matter disease, no mass lesion, no microbleeds.")
        d.subject = f"RE: MRI {nm}"
        d.blocks = ["Yes, this fits Alzheimer's with a vascular component. Please book the disclosure visit with "
                    "the family, 60 min.", ('quote', quote_intro(r, L, nurse.name(), d.when - datetime.timedelta(hours=3)),
                                                     [hello(r, L, ger.given), f"The MRI report for {nm} is in:", rep,
                                                      "Should we book a visit?", nurse.given])]
    d.blocks.insert(1, ger.titled(L))
    d.note = 'reply about brain MRI result'


def driving_report(d, pool):
    """Fitness-to-drive report to the licensing authority (SAAQ)."""
    r, L = d.rng, d.lang
    p = pool.holder()
    ger = pick_staff(r, 'memoire', md=True)
    d.category = 'driving_report'
    d.sender = who(ger)
    d.to = [("Service de l'évaluation médicale - SAAQ" if L == 'fr' else "SAAQ Medical Assessment", "evaluation.medicale@saaq-dossiers.example")]
    tot, mo = moca(r, L)
    dx = r.pick(DX[L])
    d.t('diagnosis', 'lab_result')
    kv = d.idkv(p, fw_ok=False, mrn=False) + [("Adresse" if L == 'fr' else "Address", d.addr(p)),
                                              ("No de permis" if L == 'fr' else "Licence no.", f"{p.surname[0]}{r.randrange(1000, 9999)}-{p.dob:%d%m%y}-{r.randrange(10, 99)}")]
    if L == 'fr':
        rep = [('kv', kv), ('h', "Évaluation"), f"Diagnostic : {dx}.", mo, "Trail B échoué (abandon à 5 min).",
               ('h', "Opinion"), "Je recommande la suspension du permis de conduire en attendant une évaluation sur route en ergothérapie."]
        d.subject = "Rapport médical - aptitude à conduire"
        d.blocks = ["Madame, Monsieur,", "Veuillez trouver ci-joint le rapport d'examen médical concernant l'aptitude à conduire de mon patient.",
                    "Salutations distinguées,", sig(r, ger, L, True)]
        fn = f"Rapport_SAAQ_{ascii_fname(p.surname)}.pdf"
    else:
        rep = [('kv', kv), ('h', "Assessment"), f"Diagnosis: {dx}.", mo, "Trails B failed (stopped at 5 min).",
               ('h', "Opinion"), "I recommend suspension of the driver's licence pending an on-road OT assessment."]
        d.subject = "Medical report - fitness to drive"
        d.blocks = ["Dear Sir or Madam,", "Please find attached the medical examination report on my patient's fitness to drive.",
                    "Sincerely,", sig(r, ger, L, True)]
        fn = f"SAAQ_report_{ascii_fname(p.surname)}.pdf"
    d.attachments.append(('application/pdf', fn, make_pdf("Rapport d'examen médical - conduite" if L == 'fr' else "Medical Examination Report - Driving",
                                                          rep, ger.name(), compress=r.chance(0.7), lang=L)))
    d.note = 'fitness-to-drive report to licensing authority'


def quick_note_med(d, pool):
    """Terse colleague note about a patient's medication."""
    r, L = d.rng, d.lang
    p = pool.invented()
    a = pick_staff(r, r.pick(['memoire', 'hjg']), md=False)
    b = pick_staff(r, a.service, exclude=(a,))
    d.category = 'quick_note'
    d.sender = who(a)
    d.to = [who(b)]
    d.t('medication')
    nm = d.name(p, r.pick(['title_sur', 'lower', 'init_sur', 'title_full']))
    if L == 'fr':
        d.subject = r.pick(["petite question", f"{nm}", "Appel de la fille", "Aricept?"])
        d.blocks = [r.pick([f"Salut {b.given}, {nm} a encore oublié son Aricept 3 jours cette semaine selon la fille. "
                            "On pourrait passer au timbre d'Exelon? Elle attend ton appel.",
                            f"{b.given}, la pharmacie appelle pour {nm} : le Seroquel 25 mg HS est-il toujours actif? "
                            "Pas dans notre liste.",
                            f"Pour {nm} : la famille dit qu'il/elle dort mal depuis l'ajout de la mémantine. On en parle demain?"]),
                    a.given]
    else:
        d.subject = r.pick(["quick question", f"{nm}", "Call from the daughter", "Aricept?"])
        d.blocks = [r.pick([f"Hi {b.given}, {nm} missed Aricept 3 days this week according to the daughter. "
                            "Should we switch to the Exelon patch? She's waiting for your call.",
                            f"{b.given}, pharmacy called about {nm}: is Seroquel 25 mg qHS still active? Not on our list.",
                            f"Re {nm}: family says sleep is worse since memantine was added. Talk tomorrow?"]),
                    a.given]
    d.note = 'short colleague note about medication'


def family_forward(d, pool):
    """GP forwards a relative's worried e-mail (inline forward)."""
    r, L = d.rng, d.lang
    p = pool.invented()
    md = ext_md(r, L)
    rel_given = r.pick(['Nathalie', 'Martin', 'Karine', 'Steve', 'Julie'])
    fam = family_addr(r, rel_given, p.surname)
    d.category = 'forwarded_thread'
    d.sender = (md['titled'], md['email'])
    d.to = [box('memoire', L)]
    d.t('diagnosis', 'social_information')
    nm_full = d.name(p, 'full')
    when0 = d.when - datetime.timedelta(days=r.randrange(1, 4))
    f = p.sex == 'F'
    if L == 'fr':
        par, oth = ('ma mère', 'mon père') if f else ('mon père', 'ma mère')
        il = 'elle' if f else 'il'
        inner = ["Bonjour Docteur,",
                 f"Je vous écris au sujet de {par}, {nm_full}. Depuis deux semaines {il} devient agressi{'ve' if f else 'f'} en fin de journée, "
                 f"{il} a bousculé {oth} dimanche et {'il' if f else 'elle'} a peur de rester seul{'' if f else 'e'} avec {il}. "
                 f"{il.capitalize()} ne reconnaît plus la maison le soir.",
                 "Est-ce qu'on peut accélérer le rendez-vous à la clinique de mémoire?", rel_given]
        d.subject = f"TR: {par} - {p.given} {p.surname}" if r.chance(0.5) else "TR: urgence famille"
        d.blocks = ["Bonjour, je vous transfère le courriel de la fille. Pouvez-vous prioriser? Référence faite en janvier.",
                    ('sig', md['sig']),
                    ('fwd', [f"De : {rel_given} {p.surname} <{fam}>", f"Date : {fdate(when0.date(), L)}",
                             f"À : {md['email']}", f"Objet : {par}"], inner)]
    else:
        par, oth = ('mother', 'father') if f else ('father', 'mother')
        he, him = ('she', 'her') if f else ('he', 'him')
        inner = ["Dear Doctor,",
                 f"I'm writing about my {par}, {nm_full}. For two weeks {he} has been aggressive in the evenings, {he} pushed "
                 f"my {oth} on Sunday and {'he' if f else 'she'} is afraid to be alone with {him}. {he.capitalize()} no longer recognizes the house at night.",
                 "Can the memory clinic appointment be moved up?", rel_given]
        d.subject = f"FW: my {par} - {p.given} {p.surname}" if r.chance(0.5) else "FW: family concern"
        d.blocks = ["Hello, forwarding the daughter's e-mail. Could you prioritize? Referral sent in January.",
                    ('sig', md['sig']),
                    ('fwd', [f"From: {rel_given} {p.surname} <{fam}>", f"Date: {fdate(when0.date(), L)}",
                             f"To: {md['email']}", f"Subject: my {par}"], inner)]
    d.note = 'GP forwards relative e-mail about behaviour and safety'


def referral_census(d, pool):
    """Weekly XLSX of new memory-clinic referrals."""
    r, L = d.rng, d.lang
    clerk = pick_staff(r, 'memoire', md=False)
    d.category = 'referral_list'
    d.sender = who(clerk)
    d.to = [who(pick_staff(r, 'memoire', md=True)), box('memoire', L)]
    d.t('diagnosis', 'date_of_birth', 'mrn', 'patient_name')
    rows = []
    for i in range(r.randrange(5, 9)):
        p = pool.invented()
        d.checks.append(('name', p.surname))
        d.checks.append(('mrn', p.mrn))
        rows.append([f"{p.surname.upper()}, {p.given}", p.dob.isoformat(), p.mrn,
                     r.pick(['P1', 'P2', 'P3', 'P2', 'P3']), r.pick(DX[L])[:50], fdate(past(d, 1, 40), L, 'iso')])
    head = ["Nom", "DDN", "Dossier", "Priorité", "Motif", "Reçue le"] if L == 'fr' else \
        ["Name", "DOB", "Chart", "Priority", "Reason", "Received"]
    wk = d.when.isocalendar()[1]
    if L == 'fr':
        d.subject = f"Nouvelles références semaine {wk}"
        d.blocks = [hello(r, L), f"Ci-joint la liste des nouvelles références (semaine {wk}) pour le triage de mardi.", bye(r, L), sig(r, clerk, L)]
        fn = f"references_clinique_memoire_S{wk}.xlsx"
    else:
        d.subject = f"New referrals week {wk}"
        d.blocks = [hello(r, L), f"Attached is the list of new referrals (week {wk}) for Tuesday's triage.", bye(r, L), sig(r, clerk, L)]
        fn = f"memory_clinic_referrals_W{wk}.xlsx"
    d.attachments.append(('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fn,
                          make_xlsx([("Références" if L == 'fr' else "Referrals", head, rows)], clerk.name())))
    d.note = 'weekly referral list spreadsheet'
