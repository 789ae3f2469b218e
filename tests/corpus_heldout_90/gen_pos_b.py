"""Positive templates, part B: neurology, gastroenterology, school and daycare
liaison, parents' e-mails, youth protection, home care, ward lists, transport,
pharmacy."""
import datetime

from gen_common import (EXT_ORGS, HOSP, HOSP_DOMAIN, age_text, closing, dec, dept_name, dr, e_,
                        fmt_date, fmt_mrn, fmt_nam, greet, pron, signature)
from gen_files import att_docx, make_docx
from gen_pos_a import born, dept_pair, ext_pair, mk, mrn_style, nam_style, nm, staff_pair
from gen_text import DX, LAB, MED, L, earlier, forward_block, fw_, pick, quoted, re_


def p_neuro_school_plan(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2012, 2019, holder=ctx.chance(0.3))
    nurse = ctx.staff('neuro', 'nurse', 'F')
    sch, dom = EXT_ORGS['school']
    sn = ctx.staff('school', 'school_nurse', 'F')
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'medication'}
    dx = L(ctx.choice(DX['neuro'][:3]), lang)
    rescue = L(MED['neuro'][4], lang)
    base = L(ctx.choice(MED['neuro'][:3]), lang)
    grade = ctx.randint(1, 6)
    name = nm(ctx, k, lang, ['full', 'last_first', 'LAST', 'lower'])
    extra = ''
    if ctx.chance(0.5):
        types.add('date_of_birth')
        extra += f" ({born(k, lang, fmt_date(k.dob, lang, ctx.randint(0, 5)))})"
    if k.nam and ctx.chance(0.6):
        types.add('ramq_nam')
        extra += f", NAM {fmt_nam(k.nam, nam_style(ctx))}"
    phones = ''
    if ctx.chance(0.7):
        types.add('patient_contact')
        phones = (f"\nParents : {k.guardian.full} {k.phone} (cell.)" if fr else f"\nParents: {k.guardian.full} {k.phone} (cell)")
    if fr:
        subj = ctx.choice([f'Plan d\'urgence épilepsie – {name}', f'Plan d\'intervention crises – élève de {grade}e année', 'Protocole midazolam intranasal – école'])
        text = (f"{greet(ctx, 'fr', sn.given)}\n\n"
                f"Tel que convenu, voici le plan d'urgence pour {name}{extra}, élève de {grade}e année à {sch}.\n\n"
                f"Diagnostic : {dx}.\nMédication quotidienne (à la maison) : {base}.\n"
                f"En cas de crise tonico-clonique de plus de 5 minutes : {rescue}, appeler le 911 puis les parents.{phones}\n\n"
                f"Le formulaire d'autorisation d'administration de médicaments signé par le neurologue est à la page 2. "
                f"Je peux offrir une formation au personnel le {fmt_date(ctx.future(d, 3, 20), 'fr', 2)}.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, nurse, 'fr')}")
    else:
        subj = ctx.choice([f'Seizure action plan – {name}', f'Seizure plan – grade {grade} student', 'Intranasal midazolam protocol – school'])
        text = (f"{greet(ctx, 'en', sn.given)}\n\n"
                f"As agreed, here is the emergency plan for {name}{extra}, grade {grade} at {sch}.\n\n"
                f"Diagnosis: {dx}.\nDaily medication (given at home): {base}.\n"
                f"For a tonic-clonic seizure lasting over 5 minutes: {rescue}, call 911 and then the parents.{phones}\n\n"
                f"The medication authorization form signed by the neurologist is on page 2. "
                f"I can train the staff on {fmt_date(ctx.future(d, 3, 20), 'en', 1)}.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, nurse, 'en')}")
    return mk(ctx, lang, 'neuro_school_plan', 'seizure emergency plan sent to school nurse',
              staff_pair(nurse), [ext_pair(sn, dom)], subj, text, types, date=d)


def p_neuro_consult_reply(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2020, holder=ctx.chance(0.35))
    neuro = ctx.staff('neuro', 'neuro')
    ped = ctx.staff('gmf', 'md')
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'date_of_birth'}
    dx_ref = ctx.choice([("épisodes de fixité du regard plusieurs fois par jour, baisse des notes", "staring spells several times a day, falling grades"),
                         ("céphalées récurrentes avec vomissements matinaux", "recurrent headaches with morning vomiting"),
                         ("tics moteurs et vocaux depuis 8 mois", "motor and vocal tics for 8 months"),
                         ("première crise convulsive afébrile", "first unprovoked seizure")])
    t0 = earlier(ctx, d, 200, 900)
    ident = f"{k.full}, {born(k, lang, fmt_date(k.dob, lang, ctx.randint(0, 5)))}"
    if k.nam:
        types.add('ramq_nam')
        ident += f", NAM {fmt_nam(k.nam, nam_style(ctx))}"
    if fr:
        osub = ctx.choice([f'Consultation neurologie – {k.full}', 'Demande de consultation en neurologie'])
        orig = (f"Bonjour,\n\nPourriez-vous voir en consultation {ident} ?\n"
                f"Motif : {L(dx_ref, 'fr')}. Examen neurologique normal au bureau.\n"
                f"{pron(k, 'fr')[0].capitalize()} ne prend aucun médicament.\n\nMerci!\n{dr(ped, 'fr')}\n{EXT_ORGS['gmf'][0]}")
        res = ctx.choice([LAB['neuro'][0], LAB['neuro'][2]])
        types.add('lab_result')
        med = L(ctx.choice(MED['neuro'][:4]), 'fr')
        types.add('medication')
        top = (f"{greet(ctx, 'fr', dr(ped, 'fr'))}\n\nVu{e_(k, 'fr')} ce matin en clinique. {L(res, 'fr')}. "
               f"J'ai débuté {med} et je {pron(k, 'fr')[1]} revois dans 3 mois. Lettre complète à suivre.\n\n"
               f"{closing(ctx, 'fr')}\n{dr(neuro, 'fr')}")
        text = top + '\n\n' + quoted(ctx, 'fr', dr(ped, 'fr'), ped.email.replace(HOSP_DOMAIN, 'gmf3rives.example'),
                                     neuro.full, t0, osub, orig)
    else:
        osub = ctx.choice([f'Neurology consult – {k.full}', 'Neurology consultation request'])
        orig = (f"Hello,\n\nCould you please see {ident}?\n"
                f"Reason: {L(dx_ref, 'en')}. Normal neurological exam in the office.\n"
                f"No current medication.\n\nThanks!\n{dr(ped, 'en')}\n{EXT_ORGS['gmf'][0]}")
        res = ctx.choice([LAB['neuro'][0], LAB['neuro'][2]])
        types.add('lab_result')
        med = L(ctx.choice(MED['neuro'][:4]), 'en')
        types.add('medication')
        top = (f"{greet(ctx, 'en', dr(ped, 'en'))}\n\nSaw {pron(k, 'en')[1]} this morning. {L(res, 'en')}. "
               f"I started {med} and will see {pron(k, 'en')[1]} again in 3 months. Full letter to follow.\n\n"
               f"{closing(ctx, 'en')}\n{dr(neuro, 'en')}")
        text = top + '\n\n' + quoted(ctx, 'en', dr(ped, 'en'), ped.email.replace(HOSP_DOMAIN, 'gmf3rives.example'),
                                     neuro.full, t0, osub, orig)
    return mk(ctx, lang, 'neuro_consult_reply', 'neurologist short reply; identity only in quoted referral',
              staff_pair(neuro), [ext_pair(ped, 'gmf3rives.example')], re_(lang, osub, ctx), text, types, date=d)


def p_gi_infusion_list(ctx, lang):
    d = ctx.msg_date()
    kids = [ctx.kid(2007, 2017, holder=(i == 0 and ctx.chance(0.5))) for i in range(ctx.randint(4, 7))]
    nurse = ctx.staff('gi', 'nurse', 'F')
    fr = lang == 'fr'
    types = {'patient_name', 'mrn', 'medication', 'diagnosis'}
    day = ctx.future(d, 2, 9)
    rows = []
    for k in kids:
        drug = ctx.choice(['Infliximab', 'Infliximab', 'Vedolizumab', 'Fer IV (sucrose de fer)' if fr else 'IV iron sucrose'])
        dx = ctx.choice(['Crohn', 'CU' if fr else 'UC', 'Crohn', 'Crohn périanal' if fr else 'perianal Crohn'])
        wt = ctx.randint(22, 70)
        dose = f"{wt * 5 if 'flix' in drug else 300} mg"
        rows.append((f'{ctx.randint(8, 14):02d}:{ctx.choice(["00", "30"])}', f'{k.surname.upper()}, {k.given}', fmt_mrn(k.mrn, ctx.choice([0, 1, 2])),
                     dx, drug, f'{wt} kg', dose))
    rows.sort()
    if any(k.nam for k in kids):
        types.add('ramq_nam')
    hdr = ('Heure', 'Patient', 'Dossier', 'Dx', 'Traitement', 'Poids', 'Dose') if fr else ('Time', 'Patient', 'MRN', 'Dx', 'Drug', 'Weight', 'Dose')
    plain = '\n'.join(' | '.join(r) for r in [hdr] + rows)
    cells = ''.join('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:2px 6px">{c}</td>' for c in r) + '</tr>\n' for r in rows)
    th = '<tr>' + ''.join(f'<th style="background:#dde">{c}</th>' for c in hdr) + '</tr>\n'
    nam_line = ''
    if types.__contains__('ramq_nam'):
        k0 = kids[0]
        nam_line = (f"\nNB : pour {k0.given} {k0.surname.upper()}, la carte RAMQ a été renouvelée : {fmt_nam(k0.nam, nam_style(ctx))}."
                    if fr else f"\nNote: {k0.given} {k0.surname.upper()}'s RAMQ card was renewed: {fmt_nam(k0.nam, nam_style(ctx))}.")
    if fr:
        subj = f'Perfusions hôpital de jour – {fmt_date(day, "fr", 2)}'
        intro = f"{greet(ctx, 'fr')}\n\nVoici la liste des perfusions prévues à l'hôpital de jour le {fmt_date(day, 'fr', 2)}. Pharmacie : merci de préparer les doses d'ici 7 h 30.{nam_line}"
        outro = f"{closing(ctx, 'fr')}\n\n{signature(ctx, nurse, 'fr')}"
    else:
        subj = f'Day hospital infusions – {fmt_date(day, "en", 1)}'
        intro = f"{greet(ctx, 'en')}\n\nHere is the infusion list for the day hospital on {fmt_date(day, 'en', 1)}. Pharmacy: please have doses ready by 7:30.{nam_line}"
        outro = f"{closing(ctx, 'en')}\n\n{signature(ctx, nurse, 'en')}"
    text = intro + '\n\n' + plain + '\n\n' + outro
    html = (f'<html><body style="font-family:Calibri,sans-serif">'
            + ''.join(f'<p>{l}</p>' for l in intro.split('\n\n')) +
            f'<table style="border-collapse:collapse">\n{th}{cells}</table>'
            + ''.join(f'<p>{l}</p>' for l in outro.replace('\n', '<br>').split('<br><br>')) + '</body></html>')
    return mk(ctx, lang, 'gi_infusion_list', 'day-hospital infusion list (name, chart, diagnosis, drug) in a table',
              staff_pair(nurse), [('Pharmacie HESA', f'pharmacie@{HOSP_DOMAIN}'), ('Hôpital de jour', f'hopital.jour@{HOSP_DOMAIN}')],
              subj, text, types, html=html, mode=ctx.choice(['html', 'alt']), date=d)


def p_gi_subject_only(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2010, 2020)
    sec = ctx.staff('gi', 'sec', 'F')
    md = ctx.staff('gi', 'gi')
    fr = lang == 'fr'
    variant = ctx.cycle('gi_subject_variant', [0, 1, 2, 3])
    types = {'patient_name'} if variant < 3 else set()
    if variant == 0:
        types |= {'lab_result', 'mrn'}
        subj = (f"tTG positif – {k.surname} {k.given} (dos. {fmt_mrn(k.mrn, mrn_style(ctx))})" if fr else
                f"Positive tTG – {k.surname} {k.given} (MRN {fmt_mrn(k.mrn, mrn_style(ctx))})")
    elif variant == 1:
        types |= {'diagnosis'}
        subj = (f"{k.given.lower()} {k.surname.lower()} - rechute crohn, à voir cette semaine?" if fr else
                f"{k.given.lower()} {k.surname.lower()} - crohn's flare, can we see this week?")
    elif variant == 3:
        types |= {'mrn', 'lab_result', 'diagnosis'}
        subj = (f"Dossier {fmt_mrn(k.mrn, mrn_style(ctx))} – calprotectine 1 240 µg/g, poussée de Crohn probable" if fr else
                f"Chart {fmt_mrn(k.mrn, mrn_style(ctx))} – calprotectin 1,240 µg/g, likely Crohn's flare")
    else:
        types |= {'diagnosis', 'date_of_birth'}
        subj = (f"{k.surname.upper()} {k.given[0]}. ({fmt_date(k.dob, 'fr', 0)}) – gastroscopie pour œsophagite à éosinophiles" if fr else
                f"{k.surname.upper()} {k.given[0]}. ({fmt_date(k.dob, 'en', 0)}) – scope for eosinophilic oesophagitis")
    if fr:
        text = ctx.choice([f"Peux-tu rappeler la famille pour planifier? Merci\n\n{md.given}",
                           f"{greet(ctx, 'fr', sec.given)}\n\nMerci de trouver une place la semaine prochaine, même en fin de journée.\n\n{md.given}",
                           "Voir objet. Merci!"])
    else:
        text = ctx.choice([f"Can you call the family to book? Thanks\n\n{md.given}",
                           f"{greet(ctx, 'en', sec.given)}\n\nPlease find a slot next week, even late in the day.\n\n{md.given}",
                           "See subject. Thx!"])
    return mk(ctx, lang, 'gi_subject_only', 'identity (name or chart number) and clinical fact only in Subject line',
              staff_pair(md), [staff_pair(sec)], subj, text, types, date=d)


def p_school_allergy(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2013, 2019, holder=ctx.chance(0.25))
    liaison = ctx.staff('school', 'nurse', 'F')
    sch, dom = EXT_ORGS[ctx.choice(['school', 'school2'])]
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'medication', 'date_of_birth'}
    allergen = ctx.choice([('arachides et noix', 'peanuts and tree nuts'), ('lait et œufs', 'milk and egg'), ('poisson et fruits de mer', 'fish and shellfish'), ('sésame', 'sesame')])
    dose = '0,15 mg' if k.dob.year >= 2018 else '0,3 mg'
    dose_en = dose.replace(',', '.')
    asthma = ctx.chance(0.5)
    idl = ''
    if k.nam and ctx.chance(0.5):
        types.add('ramq_nam')
        idl = f"\nNAM : {fmt_nam(k.nam, nam_style(ctx))}" if fr else f"\nRAMQ: {fmt_nam(k.nam, nam_style(ctx))}"
    if fr:
        subj = ctx.choice(['Plan d\'action anaphylaxie – rentrée', f'Allergie sévère – {k.given} {k.surname}', 'Élève avec auto-injecteur d\'épinéphrine'])
        text = (f"{greet(ctx, 'fr')}\n\n"
                f"En prévision de la rentrée, voici les informations pour l'élève {k.given} {k.surname} ({born(k, 'fr', fmt_date(k.dob, 'fr', 1))}), "
                f"suivi{e_(k, 'fr')} à notre clinique d'allergie.{idl}\n\n"
                f"- Allergie alimentaire sévère : {allergen[0]} (réaction anaphylactique en {ctx.randint(2019, 2024)}).\n"
                f"- Auto-injecteur d'épinéphrine {dose} : un dans le sac, un au secrétariat.\n"
                + ("- Asthme associé : salbutamol 100 mcg, 2 inhalations au besoin.\n" if asthma else '') +
                f"\nMerci de transmettre à l'enseignante et au service de garde.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, liaison, 'fr')}")
    else:
        subj = ctx.choice(['Anaphylaxis action plan – back to school', f'Severe allergy – {k.given} {k.surname}', 'Student with epinephrine auto-injector'])
        text = (f"{greet(ctx, 'en')}\n\n"
                f"Ahead of the school year, here is the information for {k.given} {k.surname} ({born(k, 'en', fmt_date(k.dob, 'en', 1))}), "
                f"followed at our allergy clinic.{idl}\n\n"
                f"- Severe food allergy: {allergen[1]} (anaphylaxis in {ctx.randint(2019, 2024)}).\n"
                f"- Epinephrine auto-injector {dose_en}: one in the backpack, one at the office.\n"
                + ("- Asthma: salbutamol 100 mcg, 2 puffs as needed.\n" if asthma else '') +
                f"\nPlease share with the teacher and the after-school daycare.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, liaison, 'en')}")
    return mk(ctx, lang, 'school_allergy_plan', 'school liaison sends anaphylaxis plan for a named pupil',
              staff_pair(liaison), [(f'Secrétariat – {sch}', f'secretariat@{dom}')], subj, text, types, date=d)


def p_daycare_gtube(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2021, 2023)
    liaison = ctx.staff('school', 'nurse', 'F')
    cpe, dom = EXT_ORGS[ctx.choice(['cpe', 'cpe2'])]
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'medication'}
    dx = ctx.choice([('retard staturo-pondéral et dysphagie', 'failure to thrive and dysphagia'),
                     ('cardiopathie congénitale opérée, alimentation par gastrostomie', 'repaired congenital heart disease, gastrostomy-fed'),
                     ('syndrome de Down avec trouble de déglutition', 'Down syndrome with swallowing disorder')])
    blocks = [(f"Enfant : {k.full}" if fr else f"Child: {k.full}"),
              (f"Date de naissance : {fmt_date(k.dob, lang, 0)}" if fr else f"Date of birth: {fmt_date(k.dob, lang, 0)}"),
              ('h', 'Protocole de gavage' if fr else 'Feeding protocol'),
              ("PediaSure Peptide 1.5 : 180 mL par bouton de gastrostomie à 11 h 30 et 15 h, débit 90 mL/h à la pompe." if fr else
               "PediaSure Peptide 1.5: 180 mL via gastrostomy button at 11:30 and 15:00, 90 mL/h by pump."),
              ("Oméprazole 10 mg par la gastrostomie à 11 h 30 (fourni par les parents)." if fr else
               "Omeprazole 10 mg via the G-tube at 11:30 (supplied by parents)."),
              ('h', 'Si le bouton sort' if fr else 'If the button comes out'),
              ("Couvrir avec une compresse, appeler les parents, ne pas réinsérer." if fr else "Cover with gauze, call the parents, do not reinsert.")]
    types.add('date_of_birth')
    att = att_docx(ctx.choice(['Protocole gavage CPE.docx' if fr else 'Daycare feeding protocol.docx',
                               f'protocole_{k.given.lower()}.docx']),
                   make_docx('Protocole d\'alimentation entérale au service de garde' if fr else 'Enteral feeding at daycare', blocks))
    if fr:
        subj = ctx.choice(['Intégration au CPE – alimentation par gastrostomie', f'Protocole gavage – {k.given}'])
        text = (f"{greet(ctx, 'fr')}\n\nComme discuté avec la directrice, {k.given} commence au {cpe} le {fmt_date(ctx.future(d, 5, 30), 'fr', 2)}. "
                f"Diagnostic principal : {dx[0]}. Vous trouverez le protocole en pièce jointe; je passerai former deux éducatrices.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, liaison, 'fr')}")
    else:
        subj = ctx.choice(['Daycare integration – G-tube feeding', f'Feeding protocol – {k.given}'])
        text = (f"{greet(ctx, 'en')}\n\nAs discussed with the director, {k.given} starts at {cpe} on {fmt_date(ctx.future(d, 5, 30), 'en', 1)}. "
                f"Main diagnosis: {dx[1]}. The protocol is attached; I will come and train two educators.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, liaison, 'en')}")
    return mk(ctx, lang, 'daycare_gtube', 'daycare liaison: tube-feeding protocol for a named toddler (DOCX)',
              staff_pair(liaison), [(f'Direction – {cpe}', f'direction@{dom}')], subj, text, types, atts=[att], date=d)


def p_parent_email_fwd(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2012, 2022, holder=ctx.chance(0.35))
    par = k.guardian
    sec = ctx.staff(ctx.choice(['neuro', 'gi', 'endo']), 'sec', 'F')
    md = ctx.staff(sec.dept, sec.dept)
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'medication', 'patient_contact'}
    symptom = {
        'neuro': (("a fait deux crises hier soir malgré le Keppra", "had two seizures last night despite the Keppra"), "lévétiracétam 250 mg 2 fois par jour", "levetiracetam 250 mg twice a day"),
        'gi': (("a encore du sang dans les selles et a perdu 2 kg", "has blood in the stool again and lost 2 kg"), "Pentasa", "Pentasa"),
        'endo': (("a été hospitalisé{e} en acidocétose vendredi", "was admitted in DKA on Friday"), "Humalog et Lantus", "Humalog and Lantus"),
    }[sec.dept]
    s_fr = symptom[0][0].replace('{e}', e_(k, 'fr'))
    t0 = earlier(ctx, d, 1, 20)
    dob = ''
    if ctx.chance(0.5):
        types.add('date_of_birth')
        dob = f" ({born(k, lang, fmt_date(k.dob, lang, 1))})"
    nam = ''
    if k.nam:
        types.add('ramq_nam')
        nam = (f"\nSa carte d'assurance maladie : {fmt_nam(k.nam, nam_style(ctx))}" if fr else f"\nHealth card: {fmt_nam(k.nam, nam_style(ctx))}")
    if fr:
        osub = ctx.choice([f'{k.given} {k.surname}', 'Question urgente', f'rdv de {k.given}', 'svp rappelez-moi'])
        orig = (f"Bonjour,\n\nJe suis {'la mère' if par.sex == 'F' else 'le père'} de {k.given} {k.surname}{dob}. "
                f"{pron(k, 'fr')[0].capitalize()} {s_fr}. {pron(k, 'fr')[0].capitalize()} prend {symptom[1]}. "
                f"Est-ce qu'on peut avancer le rendez-vous? Vous pouvez me joindre au {k.phone} après 16 h.{nam}\n\n"
                f"Merci beaucoup\n{par.given}")
        top = f"{greet(ctx, 'fr', dr(md, 'fr'))}\n\nCourriel reçu ce matin, pouvez-vous regarder? Le prochain RV est dans 4 mois.\n\n{sec.given}"
    else:
        osub = ctx.choice([f'{k.given} {k.surname}', 'Urgent question', f"{k.given}'s appointment", 'please call me'])
        orig = (f"Hello,\n\nI'm {k.given} {k.surname}'s {'mother' if par.sex == 'F' else 'father'}{dob}. "
                f"{pron(k, 'en')[0].capitalize()} {symptom[0][1]}. {pron(k, 'en')[0].capitalize()} takes {symptom[2]}. "
                f"Can we move the appointment up? You can reach me at {k.phone} after 4 pm.{nam}\n\n"
                f"Thank you\n{par.given}")
        top = f"{greet(ctx, 'en', dr(md, 'en'))}\n\nReceived this morning, could you have a look? Next appointment is in 4 months.\n\n{sec.given}"
    fwd = forward_block(ctx, lang, par.full, par.email, dept_name(sec.dept, lang), t0, osub, orig)
    return mk(ctx, lang, 'parent_email_fwd', "clerk forwards parent's e-mail about child's symptoms and treatment",
              staff_pair(sec), [staff_pair(md)], fw_(lang, osub, ctx), top + '\n\n' + fwd, types, date=d)


def p_dpj_report(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2014, 2023, holder=ctx.chance(0.4))
    sw = ctx.staff('sw', 'sw', 'F')
    fr = lang == 'fr'
    types = {'patient_name', 'date_of_birth', 'social_information', 'diagnosis', 'patient_contact'}
    finding = ctx.choice([("fracture spiralée de l'humérus droit non expliquée, ecchymoses d'âges différents au dos",
                           "unexplained spiral fracture of the right humerus, bruises of different ages on the back"),
                          ("retard staturo-pondéral important, vaccins non à jour, absences répétées aux rendez-vous",
                           "severe failure to thrive, immunizations not up to date, repeated missed appointments"),
                          ("brûlures circulaires aux avant-bras compatibles avec des brûlures de cigarette",
                           "circular burns on the forearms consistent with cigarette burns"),
                          ("propos de l'enfant évoquant des attouchements par un adulte du milieu familial",
                           "child's disclosure suggesting touching by an adult in the household")])
    social = ctx.choice([("La mère rapporte de la violence conjugale; la famille est hébergée temporairement chez une tante, sans logement stable.",
                          "Mother reports intimate partner violence; the family is temporarily staying with an aunt, no stable housing."),
                         ("Le père est incarcéré depuis mars; la mère reçoit l'aide sociale et dit ne plus arriver à nourrir les enfants.",
                          "Father incarcerated since March; mother on social assistance and says she can no longer feed the children."),
                         ("Consommation de drogues rapportée chez le conjoint de la mère; intervenante CLSC déjà impliquée.",
                          "Drug use reported by mother's partner; CLSC worker already involved.")])
    ident = [f"{'Nom' if fr else 'Name'} : {k.surname.upper()}, {k.given}" if fr else f"Name: {k.surname.upper()}, {k.given}",
             (f"Date de naissance : {fmt_date(k.dob, 'fr', 0)}" if fr else f"Date of birth: {fmt_date(k.dob, 'en', 0)}"),
             (f"Adresse : {k.address('fr')}" if fr else f"Address: {k.address('en')}"),
             (f"Dossier HESA : {fmt_mrn(k.mrn, mrn_style(ctx))}" if fr else f"HESA chart: {fmt_mrn(k.mrn, mrn_style(ctx))}")]
    types.add('mrn')
    if k.nam:
        types.add('ramq_nam')
        ident.append(f"NAM : {fmt_nam(k.nam, nam_style(ctx))}")
    org, dom = EXT_ORGS['dpj']
    if fr:
        subj = ctx.choice(['Signalement DPJ – CONFIDENTIEL', f'Signalement – {k.surname.upper()} {k.given}', 'Signalement (art. 39 LPJ)'])
        text = (f"{greet(ctx, 'fr')}\n\nSuite à notre appel au service de réception et traitement des signalements, voici le signalement écrit.\n\n"
                + '\n'.join(ident) +
                f"\nParent : {k.guardian.full}, {k.phone}\n\n"
                f"Constats médicaux : {finding[0]}.\nSituation sociale : {social[0]}\n\n"
                f"L'enfant est hospitalisé{e_(k, 'fr')} à l'unité 5B en attendant votre évaluation; le pédiatre traitant est disponible pour vous parler.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, sw, 'fr', disclaimer=True)}")
    else:
        subj = ctx.choice(['DYP report – CONFIDENTIAL', f'Youth protection report – {k.surname.upper()} {k.given}', 'Report under s. 39 YPA'])
        text = (f"{greet(ctx, 'en')}\n\nFurther to our call to the intake service, here is the written report.\n\n"
                + '\n'.join(ident) +
                f"\nParent: {k.guardian.full}, {k.phone}\n\n"
                f"Medical findings: {finding[1]}.\nSocial situation: {social[1]}\n\n"
                f"The child is admitted to unit 5B pending your assessment; the attending paediatrician is available to speak with you.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, sw, 'en', disclaimer=True)}")
    return mk(ctx, lang, 'dpj_report', 'youth protection report with identity, address, injuries and family situation',
              staff_pair(sw), [(org, f'rts.signalements@{dom}')], subj, text, types, date=d,
              extra_headers=[('Sensitivity', 'Company-Confidential')])


def p_dpj_followup(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2011, 2021, holder=ctx.chance(0.3))
    org, dom = EXT_ORGS['dpj']
    worker = ctx.staff('dpj', 'sw', 'F')
    clinic = ctx.choice(['neuro', 'gi', 'endo', 'dev'])
    fr = lang == 'fr'
    types = {'patient_name', 'social_information', 'patient_contact'}
    fam = ctx.staff('x')
    fam_phone = ctx.phone()
    name = nm(ctx, k, lang, ['full', 'LAST', 'last_first', 'initial'])
    dxl = ''
    if ctx.chance(0.7):
        types.add('diagnosis')
        dxl = L(ctx.choice(DX[clinic if clinic != 'dev' else 'tsa']), lang)
    nam = ''
    if k.nam:
        types.add('ramq_nam')
        nam = f" (NAM {fmt_nam(k.nam, nam_style(ctx))})"
    if fr:
        subj = ctx.choice(['Changement de milieu de vie – suivi médical', f'Placement – {name}', 'Dossier DPJ – rendez-vous à transférer'])
        text = (f"{greet(ctx, 'fr')}\n\nJe suis l'intervenante DPJ au dossier de {name}{nam}. Depuis le {fmt_date(earlier(ctx, d, 48, 600).date(), 'fr', 2)}, "
                f"l'enfant est confié{e_(k, 'fr')} à une famille d'accueil (ordonnance de la Chambre de la jeunesse).\n"
                + (f"{pron(k, 'fr')[0].capitalize()} est suivi{e_(k, 'fr')} dans votre clinique pour {dxl}.\n" if dxl else '') +
                f"Merci de ne plus envoyer les convocations à la mère. Nouvelle ressource : {fam.full}, {fam_phone}. "
                f"Les contacts avec les parents sont supervisés; aucune information ne doit leur être donnée sans mon accord.\n\n"
                f"{closing(ctx, 'fr')}\n{worker.full}\nIntervenante – Application des mesures\n{org}\n{ctx.phone('450')}")
    else:
        subj = ctx.choice(['Change of living situation – medical follow-up', f'Foster placement – {name}', 'DYP file – appointments to transfer'])
        text = (f"{greet(ctx, 'en')}\n\nI am the youth protection worker for {name}{nam}. Since {fmt_date(earlier(ctx, d, 48, 600).date(), 'en', 1)}, "
                f"the child has been placed with a foster family (Youth Court order).\n"
                + (f"{pron(k, 'en')[0].capitalize()} is followed in your clinic for {dxl}.\n" if dxl else '') +
                f"Please stop sending appointment letters to the mother. New caregiver: {fam.full}, {fam_phone}. "
                f"Parental contacts are supervised; no information should be given to them without my consent.\n\n"
                f"{closing(ctx, 'en')}\n{worker.full}\nWorker – Application of measures\n{org}\n{ctx.phone('450')}")
    return mk(ctx, lang, 'dpj_followup', 'youth protection worker: foster placement and contact restrictions for a named child',
              (worker.full, worker.email.replace(HOSP_DOMAIN, dom)), [dept_pair(clinic, lang)],
              subj, text, types, date=d)


def p_homecare_route(ctx, lang):
    from gen_files import att_xlsx, make_xlsx
    d = ctx.msg_date()
    nurse = ctx.staff('home', 'coord', 'F')
    fr = lang == 'fr'
    kids = [ctx.kid(2012, 2024, holder=(i == 1 and ctx.chance(0.5))) for i in range(ctx.randint(4, 6))]
    care = [('Soins de trachéostomie, changement de canule', 'Tracheostomy care, cannula change', 'trachéomalacie', 'tracheomalacia'),
            ('Pansement CVC + NPT (Clinimix) 18 h', 'CVC dressing + PN (Clinimix) over 18 h', 'syndrome de l\'intestin court', 'short bowel syndrome'),
            ('Antibio IV (ceftriaxone 1 g die) jour 5/14', 'IV antibiotics (ceftriaxone 1 g daily) day 5/14', 'ostéomyélite', 'osteomyelitis'),
            ('Bilirubine transcutanée + pesée', 'Transcutaneous bilirubin + weight', 'ictère néonatal', 'neonatal jaundice'),
            ('Changement de sonde nasogastrique', 'NG tube change', 'fibrose kystique', 'cystic fibrosis'),
            ('Enseignement glucomètre + insuline', 'Glucometer + insulin teaching', 'diabète type 1 (nouveau)', 'new type 1 diabetes')]
    rows = [('Heure', 'Enfant', 'Adresse', 'Téléphone', 'Dx', 'Soins') if fr else ('Time', 'Child', 'Address', 'Phone', 'Dx', 'Care')]
    meds = False
    for i, k in enumerate(kids):
        c = ctx.choice(care)
        meds = meds or care.index(c) in (1, 2, 5)
        rows.append((f'{8 + i}:{ctx.choice(["00", "30"])}', f'{k.surname}, {k.given}', k.address(lang), k.phone,
                     c[2] if fr else c[3], c[0] if fr else c[1]))
    types = {'patient_name', 'patient_contact', 'diagnosis'} | ({'medication'} if meds else set())
    if any(k.nam for k in kids):
        types.add('ramq_nam')
        for k in kids:
            if k.nam:
                rows[kids.index(k) + 1] = rows[kids.index(k) + 1][:1] + (f'{k.surname}, {k.given} – {k.nam}',) + rows[kids.index(k) + 1][2:]
    day = ctx.future(d, 1, 3)
    inline = ctx.chance(0.4)
    atts = []
    if inline:
        table = '\n'.join('\t'.join(r) for r in rows)
    else:
        table = ''
        atts = [att_xlsx(f'Tournee_{day:%Y%m%d}.xlsx' if ctx.chance(0.6) else ('Tournée SAD.xlsx' if fr else 'Home visits.xlsx'),
                         make_xlsx([('Tournée' if fr else 'Route', rows)]))]
    if fr:
        subj = f'Tournée SAD pédiatrique – {fmt_date(day, "fr", 2)}'
        text = (f"{greet(ctx, 'fr')}\n\nVoici la tournée de {ctx.choice(['Josiane', 'Karine', 'Annie'])} pour {fmt_date(day, 'fr', 2)}"
                f"{' :' if inline else ' (fichier joint).'}\n\n{table}\n\n"
                f"Rappel : apporter le matériel de trachéo de rechange dans l'auto.\n\n{closing(ctx, 'fr')}\n\n{signature(ctx, nurse, 'fr')}")
    else:
        subj = f'Paediatric home care route – {fmt_date(day, "en", 1)}'
        text = (f"{greet(ctx, 'en')}\n\nHere is tomorrow's route for {fmt_date(day, 'en', 1)}"
                f"{':' if inline else ' (attached).'}\n\n{table}\n\n"
                f"Reminder: keep the spare trach kit in the car.\n\n{closing(ctx, 'en')}\n\n{signature(ctx, nurse, 'en')}")
    return mk(ctx, lang, 'homecare_route', 'home-care visit route: children, home addresses, phones, care',
              staff_pair(nurse), [('Équipe SAD pédiatrique', f'sad.pediatrique@{HOSP_DOMAIN}')], subj, text, types,
              atts=atts, date=d)


def p_homecare_visit_note(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2023, 2024)
    nurse = ctx.staff('home', 'nurse', 'F')
    md = ctx.staff('neo', 'md')
    fr = lang == 'fr'
    types = {'patient_name', 'diagnosis', 'lab_result', 'patient_contact'}
    spo2 = ctx.randint(86, 94)
    gl = dec(ctx.randint(28, 190) / 10, lang)
    name = nm(ctx, k, lang)
    idl = ''
    if k.nam:
        types.add('ramq_nam')
        idl = f" – NAM {fmt_nam(k.nam, nam_style(ctx))}"
    if fr:
        subj = ctx.choice([f'Visite à domicile – {name}', 'VAD ce matin – désaturation', f'Suivi domicile {k.surname}'])
        text = (f"{greet(ctx, 'fr', dr(md, 'fr'))}\n\nVisite ce matin au domicile de {name}{idl} ({k.address('fr')}).\n"
                f"Dysplasie bronchopulmonaire sous O2 0,25 L/min : SpO2 {spo2} % à l'éveil, FR 58, tirage sous-costal léger. "
                f"Glycémie capillaire {gl} mmol/L. Boit moins bien depuis 2 jours.\n"
                f"La mère est inquiète; elle est joignable au {k.phone}. Je propose une réévaluation à la clinique demain — ok pour vous?\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, nurse, 'fr')}")
    else:
        subj = ctx.choice([f'Home visit – {name}', 'Home visit this am – desaturation', f'Home follow-up {k.surname}'])
        text = (f"{greet(ctx, 'en', dr(md, 'en'))}\n\nVisited {name}{idl} at home this morning ({k.address('en')}).\n"
                f"BPD on 0.25 L/min O2: SpO2 {spo2}% awake, RR 58, mild subcostal retractions. "
                f"Capillary glucose {gl} mmol/L. Feeding less for 2 days.\n"
                f"Mom is worried; she can be reached at {k.phone}. I suggest a clinic reassessment tomorrow — OK with you?\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, nurse, 'en')}")
    return mk(ctx, lang, 'homecare_visit_note', 'home-care nurse visit note with address, vitals and glucose',
              staff_pair(nurse), [staff_pair(md)], subj, text, types, date=d)


def p_signout_list(ctx, lang):
    d = ctx.msg_date()
    res = ctx.staff('teach', 'res')
    fr = lang == 'fr'
    unit = ctx.choice(['6B', '7A', '5C', 'Neuro-ortho', 'Soins intermédiaires'])
    kids = [ctx.kid(2008, 2024, holder=(i == 2 and ctx.chance(0.5))) for i in range(ctx.randint(5, 8))]
    probs = [(('Crohn en poussée, jour 3 solumédrol', 'Crohn flare, day 3 IV methylpred'), ('suivre CRP AM', 'f/u AM CRP')),
             (('état de mal épileptique résolu, Keppra IV', 'resolved status epilepticus, IV Keppra'), ('EEG demain', 'EEG tomorrow')),
             (('ACD résolue, nouveau DT1', 'resolved DKA, new T1D'), ('enseignement diabète', 'diabetes teaching')),
             (('bronchiolite VRS, O2 1 L', 'RSV bronchiolitis, O2 1 L'), ('sevrage O2', 'wean O2')),
             (('pyélonéphrite, ceftriaxone', 'pyelonephritis, ceftriaxone'), ('culture urine à suivre', 'f/u urine culture')),
             (('retard staturo-pondéral, attente DPJ', 'FTT, awaiting DYP'), ('TS à rappeler', 'call SW')),
             (('migraine réfractaire, cocktail IV', 'refractory migraine, IV cocktail'), ('congé si stable', 'd/c if stable')),
             (('gastro-entérite, déshydratation modérée', 'gastroenteritis, moderate dehydration'), ('bilan I/E', 'strict I/O'))]
    lines = []
    types = {'patient_name', 'diagnosis'}
    style = ctx.randint(0, 2)
    meds = False
    for i, k in enumerate(kids):
        p = ctx.choice(probs)
        meds = meds or probs.index(p) in (0, 1, 4)
        bed = f'{ctx.randint(1, 24):02d}{ctx.choice(["", "-A", "-B"])}'
        if style == 0:
            nm_ = f'{k.surname.lower()} {k.given[0].lower()}.'
        elif style == 1:
            nm_ = f'{k.surname.upper()} {k.given}'
        else:
            nm_ = f'{k.given[0]}. {k.surname}'
        extra = ''
        if k.nam and i == 2:
            types.add('ramq_nam')
            extra = f' [{fmt_nam(k.nam, nam_style(ctx))}]'
        if ctx.chance(0.4):
            types.add('mrn')
            extra += f' #{k.mrn}'
        lines.append(f'{bed}  {nm_}{extra} – {age_text(k.dob, d.date(), lang)} – {L(p[0], lang)} → {L(p[1], lang)}')
    if meds:
        types.add('medication')
    if any('DPJ' in l or 'DYP' in l for l in lines):
        types.add('social_information')
    if fr:
        subj = ctx.choice([f'Passation {unit} – garde du {d:%d/%m}', f'Liste de passation {unit}', 'sign-out ce soir'])
        text = (f"Salut la gang,\n\nPassation de l'unité {unit} pour la nuit :\n\n" + '\n'.join(lines) +
                f"\n\nRien d'autre de pendant. Bonne garde!\n{res.given}")
    else:
        subj = ctx.choice([f'Sign-out {unit} – {d:%b %d}', f'{unit} handover list', 'tonight\'s sign-out'])
        text = (f"Hi team,\n\nOvernight sign-out for {unit}:\n\n" + '\n'.join(lines) +
                f"\n\nNothing else pending. Have a good night!\n{res.given}")
    return mk(ctx, lang, 'signout_list', 'ward handover list: bed, name (abbreviated forms), problem, treatment',
              staff_pair(res), [('Résidents pédiatrie', f'residents.pediatrie@{HOSP_DOMAIN}')], subj, text, types, date=d)


def p_transport_request(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2008, 2020, holder=ctx.chance(0.35))
    sec = ctx.staff(ctx.choice(['neuro', 'home', 'dev']), 'sec', 'F')
    org, dom = EXT_ORGS['transport']
    fr = lang == 'fr'
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    when = ctx.future(d, 3, 25)
    dx = ctx.choice([('paralysie cérébrale quadriparétique, fauteuil motorisé', 'spastic quadriplegic cerebral palsy, power wheelchair'),
                     ('amyotrophie spinale type 2, fauteuil + BiPAP', 'spinal muscular atrophy type 2, wheelchair + BiPAP'),
                     ('dystrophie musculaire de Duchenne, fauteuil manuel', 'Duchenne muscular dystrophy, manual wheelchair')])
    idl = ''
    if k.nam:
        types.add('ramq_nam')
        idl = f"\nNAM : {fmt_nam(k.nam, nam_style(ctx))}" if fr else f"\nRAMQ: {fmt_nam(k.nam, nam_style(ctx))}"
    if ctx.chance(0.5):
        types.add('date_of_birth')
        idl += f"\n{'DDN' if fr else 'DOB'} : {fmt_date(k.dob, lang, ctx.randint(0, 5))}"
    if fr:
        subj = ctx.choice(['Demande de transport adapté', f'Transport {fmt_date(when, "fr", 1)} – {k.surname}'])
        text = (f"{greet(ctx, 'fr')}\n\nMerci de réserver un transport adapté aller-retour :\n\n"
                f"Usager : {k.given} {k.surname}{idl}\nAdresse : {k.address('fr')}\nTél. : {k.phone}\n"
                f"Date : {fmt_date(when, 'fr', 2)}, arrivée à l'hôpital pour {ctx.randint(8, 13)} h\n"
                f"Condition : {dx[0]}. Accompagnateur : {'mère' if k.guardian.sex == 'F' else 'père'}.\n\n"
                f"{closing(ctx, 'fr')}\n\n{signature(ctx, sec, 'fr')}")
    else:
        subj = ctx.choice(['Adapted transport request', f'Transport {fmt_date(when, "en", 0)} – {k.surname}'])
        text = (f"{greet(ctx, 'en')}\n\nPlease book a return adapted transport:\n\n"
                f"Client: {k.given} {k.surname}{idl}\nAddress: {k.address('en')}\nPhone: {k.phone}\n"
                f"Date: {fmt_date(when, 'en', 1)}, arrive at the hospital by {ctx.randint(8, 12)} am\n"
                f"Condition: {dx[1]}. Escort: {'mother' if k.guardian.sex == 'F' else 'father'}.\n\n"
                f"{closing(ctx, 'en')}\n\n{signature(ctx, sec, 'en')}")
    return mk(ctx, lang, 'transport_request', 'adapted transport booking with child identity, home address and condition',
              staff_pair(sec), [(org, f'reservations@{dom}')], subj, text, types, date=d)


def p_pharmacy_question(ctx, lang):
    d = ctx.msg_date()
    k = ctx.kid(2016, 2023, holder=ctx.chance(0.3))
    org, dom = EXT_ORGS['pharma']
    ph = ctx.staff('pharma', 'pharm')
    neuro = ctx.staff('neuro', 'neuro')
    fr = lang == 'fr'
    types = {'patient_name', 'medication'}
    wt = ctx.randint(11, 24)
    drug = ctx.choice([('lévétiracétam 100 mg/mL', 'levetiracetam 100 mg/mL', 3.5), ('topiramate suspension magistrale 6 mg/mL', 'compounded topiramate 6 mg/mL suspension', 4),
                       ('clobazam 1 mg/mL magistral', 'compounded clobazam 1 mg/mL', 5)])
    idl = ''
    if ctx.chance(0.6):
        types.add('date_of_birth')
        idl = f" ({born(k, lang, fmt_date(k.dob, lang, ctx.randint(0, 5)))})"
    if k.nam and ctx.chance(0.7):
        types.add('ramq_nam')
        idl += f", NAM {fmt_nam(k.nam, nam_style(ctx))}" if fr else f", RAMQ {fmt_nam(k.nam, nam_style(ctx))}"
    if ctx.chance(0.5):
        types.add('diagnosis')
        dxl = L(ctx.choice(DX['neuro'][:3]), lang)
        dxs = f" pour {dxl}" if fr else f" for {dxl}"
    else:
        dxs = ''
    if fr:
        subj = ctx.choice(['Question ordonnance', f'Rx {k.surname} – vérification de dose', 'Ordonnance à clarifier'])
        text = (f"{greet(ctx, 'fr', dr(neuro, 'fr'))}\n\nJ'ai reçu votre ordonnance pour {k.given} {k.surname}{idl}{dxs} : "
                f"{drug[0]}, {drug[2] * 2} mL BID. Avec un poids de {wt} kg, cela donne plus de {int(drug[2] * 2 * 100 * 2 / wt)} mg/kg/j. "
                f"Pouvez-vous confirmer la dose ou la concentration? Le parent attend au comptoir.\n\n"
                f"{closing(ctx, 'fr')}\n{ph.full}, pharmacien{'ne' if ph.sex == 'F' else ''}\n{org}\n{ctx.phone('514')}")
    else:
        subj = ctx.choice(['Prescription question', f'Rx {k.surname} – dose check', 'Prescription clarification'])
        text = (f"{greet(ctx, 'en', dr(neuro, 'en'))}\n\nI received your prescription for {k.given} {k.surname}{idl}{dxs}: "
                f"{drug[1]}, {drug[2] * 2} mL BID. At {wt} kg that is over {int(drug[2] * 2 * 100 * 2 / wt)} mg/kg/day. "
                f"Could you confirm the dose or concentration? The parent is waiting at the counter.\n\n"
                f"{closing(ctx, 'en')}\n{ph.full}, pharmacist\n{org}\n{ctx.phone('514')}")
    return mk(ctx, lang, 'pharmacy_question', 'community pharmacist asks neurologist to confirm a child\'s dose',
              (ph.full, ph.email.replace(HOSP_DOMAIN, dom)), [staff_pair(neuro)], subj, text, types, date=d)


TEMPLATES = [
    (p_neuro_school_plan, 3), (p_neuro_consult_reply, 4), (p_gi_infusion_list, 3), (p_gi_subject_only, 4),
    (p_school_allergy, 3), (p_daycare_gtube, 3), (p_parent_email_fwd, 5), (p_dpj_report, 4),
    (p_dpj_followup, 3), (p_homecare_route, 3), (p_homecare_visit_note, 3), (p_signout_list, 3),
    (p_transport_request, 3), (p_pharmacy_question, 3),
]
