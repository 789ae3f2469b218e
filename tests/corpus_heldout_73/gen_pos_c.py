"""Positive builders, part C: travel health, harm reduction, partner exchanges, tricky placements."""
import datetime
import html as H

from gen_attach import Att, make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_common import (closing, earlier, envelope, fmt_nam, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, forward_block,
                        fullwidth, greet, ldate, name_form, org, quote_block, signature, fr_date, en_date)
from gen_pos_a import DOCX, PDF, XLSX, done
from gen_vocab import DESTS, MADO, STI, SYMPT_FR, TB_LABS_FR


# ---------------------------------------------------------------- 22. travel consult note
def travel_consult(ctx, i, lang):
    p = ctx.holder(min_age=18, max_age=75) if i != 1 else ctx.patient(18, 70)
    dest = ctx.rng.sample(DESTS, 2)
    spec, s, r = envelope(ctx, 'travel', ctx.pick(['gmf', 'clsc']) if lang == 'fr' else 'en_clinic', lang)
    dep = spec['date'].date() + datetime.timedelta(days=ctx.rng.randint(10, 40))
    types = ['patient_name', 'date_of_birth', 'medication', 'diagnosis']
    if lang == 'fr':
        paras = [f'Client : {p.full()}   DDN : {p.dob_iso()}' + (f'   NAM : {fmt_nam(p.nam, 0)}' if p.nam else ''),
                 f'Destinations : {dest[0][0]}, {dest[1][0]}   Départ : {fr_date(dep)} (3 semaines, séjour rural)', '',
                 '**Antécédents : ' + ctx.pick(['VIH sous TAR (Biktarvy), CD4 480', 'maladie de Crohn sous adalimumab',
                                                'grossesse 14 semaines', 'splénectomie (2019)', 'épilepsie sous lamotrigine']),
                 'Vaccins administrés : Twinrix dose 1, Vivotif (remis), Menveo.',
                 'Paludisme : atovaquone-proguanil 250/100 mg 1 co DIE, 1 j avant à 7 j après le retour.',
                 'Diarrhée du voyageur : azithromycine 1 g dose unique (ordonnance remise).', '',
                 'Fièvre jaune : vaccin contre-indiqué – lettre d’exemption remise.']
        att = Att(ctx.pick(['Consultation santé-voyage.docx', f'SV_{p.surname}.docx', 'note_consult.docx']), DOCX,
                  make_docx('Consultation santé-voyage', paras, author=s.full()))
        spec['subject'] = ctx.pick(['Consultation santé-voyage – copie au médecin traitant', 'Copie de consultation voyage'])
        body = (f'{greet(ctx, lang, r)}\n\nÀ la demande de votre patient(e), voici copie de la consultation santé-voyage d’aujourd’hui. '
                'La 2e dose de Twinrix devra être donnée dans un mois à votre clinique.\n\n' + closing(ctx, lang) + '\n\n' +
                signature(ctx, s, 'travel', lang, role='Infirmière en santé-voyage'))
    else:
        paras = [f'Client: {p.full()}   DOB: {p.dob_iso()}' + (f'   RAMQ: {fmt_nam(p.nam, 0)}' if p.nam else ''),
                 f'Itinerary: {dest[0][1]}, {dest[1][1]}   Departure: {en_date(dep)}', '',
                 '**History: ' + ctx.pick(['HIV on ART, CD4 480', 'Crohn\'s disease on adalimumab', 'pregnant, 14 weeks']),
                 'Given: Twinrix #1, typhoid oral vaccine, Menveo.',
                 'Malaria: atovaquone-proguanil 250/100 mg daily.', 'Yellow fever vaccine contraindicated – waiver letter given.']
        att = Att('travel_consult.docx', DOCX, make_docx('Travel health consultation', paras, author=s.full()))
        spec['subject'] = 'Travel health consultation – copy for family physician'
        body = (f'{greet(ctx, lang, r)}\n\nAt your patient\'s request, here is a copy of today\'s travel consultation.\n\n' +
                closing(ctx, lang) + '\n\n' + signature(ctx, s, 'travel', lang, role='Travel Health Nurse'))
    if p.nam:
        types.append('ramq_nam')
    spec.update(text=body, atts=[att])
    return done(spec, types, 'travel-health consultation note (DOCX)')


# ---------------------------------------------------------------- 23. pharmacist question on travel Rx
def travel_pharmacy(ctx, i, lang):
    kid = ctx.patient(4, 12)
    spec, s, r = envelope(ctx, 'pharm', 'travel', lang, functional_to=(i == 0))
    w = ctx.rng.randint(16, 38)
    if lang == 'fr':
        spec['subject'] = ctx.pick([f'Ordonnance Malarone pédiatrique – {kid.surname}', 'Question – ordonnance santé-voyage'])
        body = (f'{greet(ctx, lang)}\n\nNous avons reçu une ordonnance de Malarone pédiatrique pour {kid.given} {kid.surname} '
                f'({kid.dob_fr()}), {w} kg selon la mère, départ pour le {ctx.pick(DESTS)[0]} samedi. La posologie inscrite (2 co DIE) ne '
                f'correspond pas au poids : pour {w} kg, on devrait plutôt donner {"3 co" if w > 30 else "2 co" if w > 20 else "1 co"} de '
                '62,5/25 mg DIE. Pouvez-vous confirmer ? L’enfant prend aussi du méthylphénidate.\n\n'
                f'Mère jointe au {kid.phone}.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'pharm', lang, role='Pharmacienne'))
    else:
        spec['subject'] = f'Pediatric Malarone prescription – {kid.surname}'
        body = (f'{greet(ctx, lang)}\n\nWe received a prescription for pediatric Malarone for {kid.full()} (DOB {kid.dob_iso()}), '
                f'{w} kg. The dose written does not match the weight. Please confirm. Parent: {kid.phone}.\n\n' +
                closing(ctx, lang) + '\n\n' + signature(ctx, s, 'pharm', lang, role='Pharmacist'))
    spec['text'] = body
    return done(spec, ['patient_name', 'date_of_birth', 'medication', 'patient_contact'], 'pharmacy query on child travel prescription')


# ---------------------------------------------------------------- 24. SCS overdose incident
def scs_overdose(ctx, i, lang):
    p = ctx.holder(min_age=19, max_age=60) if i == 0 else ctx.patient(19, 60)
    nick = ctx.pick(['Ti-Gus', 'Kiki', 'Bobby', 'la Grande', 'Junior', 'Mo'])
    spec, s, r = envelope(ctx, 'scs', 'dsp', lang, cc_org='scs')
    t = f'{ctx.rng.randint(10, 22)} h {ctx.rng.randint(10, 59)}'
    types = ['patient_name', 'diagnosis', 'medication', 'social_information']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Rapport d’incident – surdose', 'Incident critique – SCS', 'Surdose au local d’injection'])
        body = (f'{greet(ctx, lang)}\n\nRapport d’incident – {fr_date(spec["date"].date())}, {t}\n\n'
                f'Usager : « {nick} » ({p.full()}, {p.age()} ans)\n'
                'Substance déclarée : « down » (fentanyl présumé), injection au cubicule 4.\n'
                'Intervention : perte de conscience, respiration agonale, SpO2 72 %. Ventilation au ballon, naloxone 0,4 mg IM x 2. '
                'Reprise de conscience à 6 min. Refus de transport ambulancier, observé 90 min.\n'
                'Contexte : en situation d’itinérance depuis sa sortie de détention en janvier, a perdu sa place au refuge. '
                'Demande de rencontrer la travailleuse sociale pour le TAO (méthadone).\n')
        if p.nam:
            body += f'NAM (carte vue) : {fmt_nam(p.nam, ctx.pick([0, 2]))}\n'
            types.append('ramq_nam')
        body += '\nTrousse de naloxone remise.\n\n' + signature(ctx, s, 'scs', lang, role='Intervenant de proximité')
    else:
        spec['subject'] = 'Incident report – overdose'
        body = (f'{greet(ctx, lang)}\n\nIncident {en_date(spec["date"].date())} {t.replace(" h ", ":")}\n\n'
                f'Client: "{nick}" ({p.full()}, {p.age()})\nSuspected fentanyl. Unresponsive, SpO2 72%. Naloxone 0.4 mg IM x 2, '
                'BVM. Refused transport. Homeless since release from jail; asked about methadone.\n')
        if p.nam:
            body += f'RAMQ: {fmt_nam(p.nam, 0)}\n'
            types.append('ramq_nam')
        body += '\n' + signature(ctx, s, 'scs', lang, role='Outreach Worker')
    spec['text'] = body
    return done(spec, types, 'supervised consumption site overdose incident')


# ---------------------------------------------------------------- 25. SCS housing / income referral
def scs_housing(ctx, i, lang):
    p = ctx.patient(20, 60)
    sin = ctx.sin()
    spec, s, r = envelope(ctx, 'scs', 'shelter', lang)
    types = ['patient_name', 'social_information', 'medication', 'date_of_birth']
    if lang == 'fr':
        spec['subject'] = ctx.pick(['Référence – place en hébergement', 'Demande de place – usager du SCS', 'Référence Tremplin'])
        body = (f'{greet(ctx, lang, r)}\n\nJe vous réfère {p.titled()} (né{"e" if p.sex == "F" else ""} le {p.dob_fr()}) pour une place en '
                'hébergement transitoire. Situation : expulsion du logement en novembre, dort dans sa voiture; violence conjugale '
                'antérieure (ex-conjoint sous ordonnance de non-contact). Suivi en TAO : buprénorphine-naloxone 16 mg DIE, servi '
                'à la pharmacie du quartier.\n\n')
        if ctx.chance(0.7):
            body += f'Pour l’aide sociale, son NAS : {fmt_sin(sin, ctx.pick([0, 1, 4]))}. '
            types.append('ca_sin')
        body += 'Prestation de dernier recours suspendue depuis décembre.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'scs', lang, role='Travailleuse sociale')
    else:
        spec['subject'] = 'Referral – transitional housing'
        body = (f'{greet(ctx, lang, r)}\n\nReferring {p.titled("en")} (DOB {p.dob_iso()}) for a transitional bed. Evicted in '
                'November, sleeping in car; history of intimate partner violence. On buprenorphine-naloxone 16 mg daily.\n\n'
                f'SIN for the welfare file: {fmt_sin(sin, 1)}.\n\n' + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'scs', lang))
        types.append('ca_sin')
    spec['text'] = body
    return done(spec, types, 'housing referral from SCS with OAT, violence and SIN')


# ---------------------------------------------------------------- 26. OAT pharmacy exchange
def oat_pharmacy(ctx, i, lang):
    p = ctx.holder(min_age=20, max_age=60) if i == 0 else ctx.patient(20, 60)
    spec, s, r = envelope(ctx, 'pharm', 'cdp', lang)
    dose = ctx.pick([60, 80, 95, 110])
    prev = earlier(ctx, spec['date'])
    q = (f'Bonjour,\n\n{p.full()} a manqué ses doses de méthadone {dose} mg des trois derniers jours. Selon le protocole, nous ne '
         'pouvons pas servir la dose complète aujourd’hui. Pouvez-vous nous faxer une nouvelle ordonnance (réduction à 50 %) ?\n\n'
         'Il mentionne avoir été hospitalisé pour une cellulite au bras.\n\n' + signature(ctx, s, 'pharm', lang, role='Pharmacien'))
    if p.nam:
        q = q.replace('a manqué', f'(NAM {fmt_nam(p.nam, 0)}) a manqué')
    rep_s = r
    spec['frm'], spec['to'] = (rep_s.full(), rep_s.addr(org('cdp')[1])), [spec['frm']]
    spec['subject'] = ctx.pick(['RE: Doses manquées – méthadone', 'RE: TAO – nouvelle ordonnance'])
    spec['text'] = (f'{greet(ctx, lang, s)}\n\nOrdonnance envoyée par fax à 14 h 10 : méthadone {dose // 2} mg DIE x 3 jours puis réévaluation. '
                    'Merci de nous aviser s’il ne se présente pas demain.\n\n' + signature(ctx, rep_s, 'cdp', lang, short=True) + '\n\n' +
                    quote_block(ctx, lang, (s.full(), s.addr(org('pharm')[1])), prev, 'Doses manquées – méthadone', q))
    spec['headers'] = [('In-Reply-To', f'<{ctx.rng.getrandbits(60):015x}@pharm-rb.example>')]
    types = ['patient_name', 'medication', 'diagnosis'] + (['ramq_nam'] if p.nam else [])
    return done(spec, types, 'OAT missed doses reply with quoted pharmacy message')


# ---------------------------------------------------------------- 27. youth protection report
def dpj_report(ctx, i, lang):
    kid = ctx.holder(max_age=17) if i == 0 else ctx.patient(12, 15)
    spec, s, r = envelope(ctx, ctx.pick(['cdp', 'clsc']), 'dpj', lang)
    types = ['patient_name', 'social_information', 'diagnosis', 'date_of_birth']
    if i == 0:
        spec['subject'] = 'Signalement – suivi écrit'
        body = (f'{greet(ctx, lang)}\n\nSuite à mon signalement téléphonique de ce matin (dossier de réception {ctx.rng.randint(100000, 999999)}), '
                f'voici le suivi écrit concernant {kid.full()}, né{"e" if kid.sex == "F" else ""} le {kid.dob_iso()}, NAM {fmt_nam(kid.nam, 0)}.\n\n'
                'Le calendrier vaccinal n’est pas à jour depuis 4 ans, l’enfant n’a pas vu de médecin malgré une otite chronique avec '
                'écoulement, et les parents ne se sont présentés à aucun des 5 rendez-vous fixés. Le logement est insalubre '
                '(moisissures, absence de chauffage) selon l’intervenante du CLSC. Le père aurait des problèmes de consommation.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'clsc', lang, role='Infirmière – Enfance-famille'))
        types.append('ramq_nam')
    else:
        spec['subject'] = 'Signalement – adolescente ITSS'
        body = (f'{greet(ctx, lang)}\n\nJe confirme par écrit le signalement concernant {kid.given} {kid.surname} ({kid.age()} ans, '
                f'DDN {kid.dob_iso()}), vue aujourd’hui à la clinique pour une infection à chlamydia. Elle rapporte un partenaire de 24 ans '
                'qui lui fournit de l’alcool et l’héberge les fins de semaine; la mère n’est pas au courant. Traitement : '
                'azithromycine 1 g donné sur place.\n\nCoordonnées de la mère : ' + kid.phone + '.\n\n' + closing(ctx, lang) +
                '\n\n' + signature(ctx, s, 'cdp', lang, role='Infirmière – Équipe ITSS'))
        types += ['medication', 'patient_contact']
    spec['text'] = body
    return done(spec, types, 'written follow-up of youth-protection report')


# ---------------------------------------------------------------- 28. Belgian partner (NISS)
def be_partner(ctx, i, lang):
    p = ctx.patient(20, 70)
    niss = ctx.niss(p.dob, p.sex)
    p.city, p.address = ctx.pick(['Namur', 'Charleroi', 'Liège', 'Mons']), f'{ctx.pick(["rue de Fer", "rue des Brasseurs", "avenue Reine Astrid"])} {ctx.rng.randint(2, 180)}'
    spec, s, r = envelope(ctx, 'be', 'dsp', lang) if i != 1 else envelope(ctx, 'dsp', 'be', lang)
    types = ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis']
    if i == 0:
        spec['subject'] = 'Cas de tuberculose – ressortissant québécois contact en Belgique'
        body = (f'Madame, Monsieur,\n\nNous vous informons qu’un cas de tuberculose pulmonaire à frottis positif a été diagnostiqué chez '
                f'{p.titled()}, né{"e" if p.sex == "F" else ""} le {p.dob_fr()} (NISS {fmt_niss(niss, ctx.pick([0, 1, 3]))}), domicilié{"e" if p.sex == "F" else ""} à '
                f'{p.city}. Cette personne a séjourné au Québec du 2 au 23 novembre chez de la famille. Le traitement quadruple a été '
                'débuté le 4 décembre au CHU.\n\nPourriez-vous identifier et dépister les contacts québécois ? La liste fournie par le '
                'patient est en annexe.\n\nBien à vous,\n\n' + signature(ctx, s, 'be', lang, role='Médecin inspecteur d’hygiène'))
        rows = [['Nom', 'Lien', 'Ville', 'GSM / tél.']] + [[c.full(), ctx.pick(['cousine', 'oncle', 'ami']), c.city, c.phone]
                                                            for c in (ctx.patient(5, 70) for _ in range(4))]
        spec['atts'] = [Att('contacts_Quebec.pdf', PDF, make_pdf('Contacts déclarés au Québec', [f'Cas : {p.full()}'], table=rows))]
        types += ['patient_contact', 'medication', 'lab_result']
    elif i == 1:
        spec['subject'] = 'Rougeole – contact belge à bord du vol'
        body = (f'{greet(ctx, lang)}\n\nSuite à notre conversation, voici l’information sur le passager résidant en Belgique, exposé à un '
                f'cas de rougeole sur le vol du {fr_date(ctx.day())} (rangée 23) :\n\n  {p.surname.upper()} {p.given}\n'
                f'  Date de naissance : {p.dob_fr()}\n  NISS : {fmt_niss(niss, ctx.pick([0, 2]))}\n  Adresse : {p.address}, {p.city}\n'
                f'  Tél. : +32 {ctx.rng.randint(2, 9)} 555 01 {ctx.rng.randint(10, 99)}\n\nStatut vaccinal inconnu; '
                + ('la personne est enceinte de 20 semaines selon la compagnie aérienne. ' if p.sex == 'F' else
                   'la personne est sous chimiothérapie (lymphome) selon la compagnie aérienne. ')
                + 'Merci de prendre le relais pour les immunoglobulines.\n\n'
                + closing(ctx, lang) + '\n\n' + signature(ctx, s, 'dsp', lang))
        types += ['patient_contact']
    elif i == 3:
        spec['subject'] = 'Légionellose – séjour à l’hôtel au Québec'
        body = (f'Madame, Monsieur,\n\nNous avons été informés par le CHU de Sambre-et-Meuse d’un cas de légionellose (antigène urinaire positif) '
                f'chez {p.titled()}, {p.age()} ans (NISS {fmt_niss(niss, 2)}), admis{"e" if p.sex == "F" else ""} aux soins intensifs le '
                f'{fr_date(earlier(ctx, spec["date"], (30, 80)).date())}. La personne a séjourné du 2 au 9 du mois à l’Hôtel du Vieux-Port '
                '(chambre 412) lors d’un voyage organisé. Une enquête environnementale de votre côté serait-elle possible ?\n\n'
                'Bien à vous,\n\n' + signature(ctx, s, 'be', lang, role='Médecin inspecteur d’hygiène'))
        types = ['patient_name', 'be_niss', 'diagnosis', 'lab_result']
    else:
        spec['subject'] = 'Demande d’information – salmonellose chez un touriste belge'
        body = (f'Chère collègue,\n\nLe laboratoire du CHU nous signale une Salmonella Enteritidis chez {p.full()} (NISS '
                f'{fmt_niss(niss, 0)}), de retour d’un voyage organisé au Québec (Gaspésie, cabane à sucre le 12 avril). '
                'Hospitalisé{0} trois jours pour déshydratation. D’autres cas sont-ils connus chez vous en lien avec ce groupe ?\n\n'
                'Avec mes remerciements,\n\n'.format('e' if p.sex == 'F' else '') + signature(ctx, s, 'be', lang, role='Épidémiologiste'))
        types = ['patient_name', 'be_niss', 'diagnosis', 'lab_result']
    spec['text'] = body
    return done(spec, types, 'Belgian partner exchange with NISS')


# ---------------------------------------------------------------- 29. French partner (NIR)
def fr_partner(ctx, i, lang):
    p = ctx.patient(18, 70)
    nir = ctx.nir(p.dob, p.sex)
    spec, s, r = envelope(ctx, 'fr', 'dsp', lang) if i != 2 else envelope(ctx, 'fr2', 'dsp', lang)
    types = ['patient_name', 'fr_nir', 'diagnosis']
    if i == 0:
        spec['subject'] = 'Signalement IIM – passagers vol Nantes–Montréal'
        qp = ctx.holder(min_age=18, sex='F')
        body = (f'Bonjour,\n\nNous avons été informés d’un cas d’infection invasive à méningocoque C chez {p.titled()} '
                f'(NIR {fmt_nir(nir, ctx.pick([0, 1, 2]))}), hospitalisé{"e" if p.sex == "F" else ""} au CHU de Nantes depuis le '
                f'{fr_date(earlier(ctx, spec["date"], (20, 40)).date())}. Le cas a voyagé sur le vol Nantes–Montréal du {fr_date(earlier(ctx, spec["date"], (100, 160)).date())}. Parmi les voisins de siège, une passagère résidant au '
                f'Québec : {qp.full()}, née le {qp.dob_fr()} selon la compagnie, NAM déclaré {fmt_nam(qp.nam, 0)}.\n\n'
                'Une chimioprophylaxie (ciprofloxacine 500 mg dose unique) est recommandée si le contact date de moins de 10 jours.\n\n'
                'Bien cordialement,\n\n' + signature(ctx, s, 'fr', lang, role='Médecin de santé publique – Veille sanitaire'))
        types += ['ramq_nam', 'date_of_birth', 'medication']
    elif i == 1:
        spec['subject'] = 'Suivi de contact – tuberculose – personne partie au Québec'
        body = (f'Madame, Monsieur,\n\nDans le cadre d’une enquête autour d’un cas de tuberculose bacillifère, un contact étroit, '
                f'{p.full()} (né{"e" if p.sex == "F" else ""} le {p.dob_fr()}, NIR {fmt_nir(nir, 3)}), a quitté la France pour un '
                'permis vacances-travail à Montréal. Son test IGRA initial était positif (QuantiFERON 2,8 UI/mL) et la '
                'radiographie thoracique normale; un traitement d’ITL n’a pas pu être débuté avant le départ.\n\n'
                f'Adresse déclarée au Québec : {ctx.patient(20, 30).address}, Montréal. Portable : +33 6 55 50 01 {ctx.rng.randint(10, 99)}.\n\n'
                'Vous remerciant de votre collaboration,\n\n' + signature(ctx, s, 'fr', lang, role='Infirmière – Veille sanitaire'))
        types += ['date_of_birth', 'lab_result', 'patient_contact']
    elif i == 3:
        spec['subject'] = 'Transfert de carnet de vaccination – étudiant(e) en échange'
        body = (f'Bonjour,\n\nÀ la demande de {p.full()} (né{"e" if p.sex == "F" else ""} le {p.dob_fr()}), étudiant{"e" if p.sex == "F" else ""} '
                'en échange à l’Université de Port-Laurier, voici son historique vaccinal tiré de notre système :\n\n'
                f'  NIR : {fmt_nir(nir, 0)}\n  DTCaP : 2 mois, 4 mois, 11 mois, 6 ans, 11 ans\n  ROR : 12 mois, 16 mois\n'
                '  Hépatite B : schéma complet\n  Méningocoque C : 12 mois\n  BCG : non\n\n'
                'Un rappel dTcaP est prévu à 25 ans. La personne signale une allergie à la néomycine.\n\n'
                'Cordialement,\n\n' + signature(ctx, s, 'fr', lang))
        types = ['patient_name', 'fr_nir', 'date_of_birth', 'medication', 'diagnosis']
    else:
        spec['subject'] = 'TR : résultats patient – CLAT'
        body = (f'Bonjour,\n\nComme convenu, ci-joint le compte rendu de consultation de {p.titled()}, suivi{"e" if p.sex == "F" else ""} '
                'par notre centre jusqu’à son déménagement au Québec.\n\nCordialement,\n\n' + signature(ctx, s, 'fr2', lang))
        paras = [f'Patient : {p.surname.upper()} {p.given}   Né(e) le {p.dob_fr()}', f'NIR : {fmt_nir(nir, 0)}', '',
                 'Motif : infection tuberculeuse latente (contact familial).', 'IGRA positif, radiographie normale.',
                 'Traitement : rifampicine 600 mg/j pendant 4 mois, débuté le 10/01; observance bonne.',
                 'Reste 6 semaines de traitement – relais à organiser.']
        spec['atts'] = [Att('CR_consultation_CLAT.pdf', PDF, make_pdf('Centre de lutte antituberculeuse – compte rendu', paras))]
        types += ['date_of_birth', 'lab_result', 'medication']
    spec['text'] = body
    return done(spec, types, 'French partner exchange with NIR')


# ---------------------------------------------------------------- 30. Ontario partner (health number)
def ontario_partner(ctx, i, lang):
    p = ctx.patient(18, 75)
    hn = ctx.ohip()
    vc = ctx.pick(['', 'AB', 'KT', 'ZX'])
    spec, s, r = envelope(ctx, 'ontario', 'dsp', lang) if i != 1 else envelope(ctx, 'dsp', 'ontario', lang)
    types = ['patient_name', 'ca_health_number', 'diagnosis']
    if i == 0:
        spec['subject'] = 'Case transfer – active TB client moving to Gatineau'
        body = (f'Hello,\n\nWe are transferring the case management of {p.full()} (DOB {p.dob_iso()}, OHIP {fmt_ohip(hn, ctx.pick([0, 1]), vc)}), '
                'who is moving to Gatineau next week. Pulmonary TB, smear-negative/culture-positive, on RIPE since '
                f'{en_date(ctx.day())}, 2-month sputum culture negative. DOT 5x/week, good adherence.\n\nNew address: {p.address}, Gatineau. '
                f'Cell: {p.phone}.\n\nTransfer form attached.\n\nRegards,\n\n' + signature(ctx, s, 'ontario', lang))
        spec['atts'] = [Att('TB_transfer_form.pdf', PDF, make_pdf('Interjurisdictional TB Transfer', [
            f'Client: {p.full()}  DOB: {p.dob_iso()}', f'Health card: {fmt_ohip(hn, 1, vc)}', 'Regimen: RIPE', 'Culture conversion: yes']))]
        types += ['date_of_birth', 'medication', 'patient_contact', 'lab_result']
    elif i == 1:
        spec['subject'] = 'Re: Hep A contact – Ontario resident'
        body = (f'Hi,\n\nThe food handler contact you asked about is an Ontario resident: {p.last_first()}, OHIP {fmt_ohip(hn, ctx.pick([0, 2]))}, '
                f'phone {p.phone}. This person ate at the restaurant on the exposure date and has not received hepatitis A vaccine. Can your team '
                'arrange post-exposure vaccine before the 14-day window closes?\n\nThanks,\n\n' + signature(ctx, s, 'dsp', lang))
        types += ['patient_contact', 'medication']
    elif i == 3:
        kid = ctx.patient(0, 4)
        spec['subject'] = 'Measles exposure – infant needing IG'
        body = (f'Hi,\n\nAn infant exposed at your ED on the weekend lives in our area: {kid.full()}, DOB {kid.dob_iso()}, '
                f'Ontario health card {fmt_ohip(hn, 1, vc)}. Parents reached at {kid.phone}. Too young for MMR; we will give IMIG 0.5 mL/kg '
                'tomorrow at our clinic. Please note for your exposure list.\n\n' + closing(ctx, 'en') + '\n\n' + signature(ctx, s, 'ontario', lang))
        types = ['patient_name', 'ca_health_number', 'date_of_birth', 'patient_contact', 'medication', 'diagnosis']
    else:
        spec['subject'] = 'Syphilis contact – partner notification request'
        body = (f'Good afternoon,\n\nOne of our syphilis cases named a partner living in your region: {p.full()}, DOB {p.dob_iso()}, '
                f'health number {fmt_ohip(hn, 3)}. Last exposure {en_date(ctx.day())}. Could you follow up for testing and '
                'epidemiological treatment (benzathine penicillin 2.4 MU)?\n\n' + closing(ctx, 'en') + '\n\n' + signature(ctx, s, 'ontario', lang))
        types += ['date_of_birth', 'medication']
    spec['text'] = body
    return done(spec, types, 'Ontario public health exchange with health number')


# ---------------------------------------------------------------- 31. subject-only leak
def subject_only(ctx, i, lang):
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'dsp']), 'dsp', lang)
    p = ctx.holder(min_age=5) if i == 0 else ctx.patient(5, 80)
    if lang == 'fr':
        d = ctx.pick(['coqueluche', 'TB latente – INH', 'gono + chlam', 'hépatite B – bébé de mère AgHBs+', 'syphilis congénitale ?'])
        subj = ctx.pick([f'{p.surname} {p.given} – {d}', f'{d} / {p.surname.upper()}, {p.given} ({p.dob_iso()})',
                         f'URGENT {d} – {p.initials_surname()} {p.dob_fr()}'])
        body = f'{greet(ctx, lang, r)}\n\nPeux-tu me rappeler à ce sujet avant 15 h ?\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    else:
        d = ctx.pick(['pertussis', 'latent TB on INH', 'gonorrhea + chlamydia'])
        subj = f'{p.full()} – {d} (DOB {p.dob_iso()})'
        body = f'{greet(ctx, lang, r)}\n\nCan you call me back about this one today?\n\n' + signature(ctx, s, 'dsp', lang, short=True)
    if p.nam and i == 0:
        subj += f' – {fmt_nam(p.nam, 0)}'
    spec.update(subject=subj, text=body)
    types = ['patient_name', 'diagnosis']
    if p.dob_iso() in subj or p.dob_fr() in subj:
        types.append('date_of_birth')
    if p.nam and p.nam[:4] in subj:
        types.append('ramq_nam')
    if 'INH' in subj:
        types.append('medication')
    return done(spec, types, 'identity and diagnosis only in the Subject line')


# ---------------------------------------------------------------- 32. file-name-only leak
def filename_only(ctx, i, lang):
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'gmf']), 'dsp', lang, functional_to=True)
    p = ctx.holder(min_age=16) if i == 0 else ctx.patient(16, 80)
    if lang == 'fr':
        fname = ctx.pick([f'TCT_positif_{p.surname}_{p.given}.pdf', f'IGRA positif - {p.given} {p.surname} {p.dob_iso()}.pdf',
                          f'Résultat VDRL {p.surname.upper()} {p.given}.pdf'])
        paras = ['Fiche de lecture – épreuve cutanée à la tuberculine', '', 'Nom : ____________  Date de naissance : ________',
                 'Date d’injection : ________  Lecture (mm) : ____', 'Interprétation : voir Guide québécois de dépistage.']
        spec['subject'] = ctx.pick(['document demandé', 'Pièce jointe', 'Numérisation'])
        spec['text'] = f'{greet(ctx, lang)}\n\nVoir pièce jointe, tel que demandé.\n\n' + signature(ctx, s, 'clsc', lang, short=True)
    else:
        fname = f'{p.surname}_{p.given}_HIV_positive_confirmation.pdf'
        paras = ['Specimen collection requisition (blank)', '', 'Patient name: __________', 'Test requested: __________']
        spec['subject'] = 'Scan'
        spec['text'] = f'{greet(ctx, lang)}\n\nScan attached.\n\n' + signature(ctx, s, 'gmf', lang, short=True)
    if p.nam and i == 0:
        fname = fname.replace('.pdf', f'_{p.nam}.pdf')
    spec['atts'] = [Att(fname, PDF, make_pdf(paras[0], paras[1:], compress=True))]
    types = ['patient_name', 'lab_result']
    if p.dob_iso() in fname:
        types.append('date_of_birth')
    if p.nam and p.nam in fname:
        types.append('ramq_nam')
    if 'HIV' in fname or 'VDRL' in fname:
        types.append('diagnosis')
    return done(spec, types, 'identity and result only in the attachment file name')


# ---------------------------------------------------------------- 33. patient's own mail forwarded
def fwd_patient_mail(ctx, i, lang):
    p = ctx.holder(min_age=18, max_age=70) if i == 1 else ctx.patient(18, 60)
    spec, s, r = envelope(ctx, ctx.pick(['clsc', 'cdp']), 'dsp', lang)
    pd = earlier(ctx, spec['date'], (2, 30))
    types = ['patient_name', 'diagnosis', 'patient_contact']
    if lang == 'fr':
        pmsg = (f'Bonjour,\n\nj’ai recu un appel de votre infirmière la semaine passée pour me dire que mon test de gonorrhée était positif. '
                'J’ai pris les pilules (cefixime) mais j’ai encore des brûlures quand j’urine et un écoulement. Aussi mon chum veut '
                'savoir s’il doit se faire tester lui aussi ou si je peux juste lui donner des pilules ?\n\n'
                f'Vous pouvez m’appeler au {p.phone} après 17h svp, pas au travail.\n\n{p.given}')
        if p.nam:
            pmsg += f'\nmon numéro d’assurance maladie : {fmt_nam(p.nam, ctx.pick([1, 7]))}'
            types.append('ramq_nam')
        top = (f'{greet(ctx, lang, r)}\n\nReçu dans la boîte générale de la clinique. Peux-tu faire le suivi (échec de traitement possible, '
               'culture à faire) ?\n\n' + signature(ctx, s, 'clsc', lang))
        spec['subject'] = ctx.pick(['TR: question suite à mon résultat', 'TR: suivi', 'Tr: encore des symptômes'])
        spec['text'] = top + '\n\n' + forward_block(lang, (p.full(), p.email), pd, 'question suite à mon résultat', pmsg,
                                                    ('Accueil clinique', 'accueil@' + org('clsc')[1]))
        types.append('medication')
    else:
        pmsg = (f'Hello,\n\nI got a letter saying I was exposed to tuberculosis at my work. I had TB treatment in 2015 in Manila and I '
                'still have a positive skin test. Do I need to come for another test? ' + ('I am also 5 months pregnant.' if p.sex == 'F' and p.age() < 45 else 'I also have diabetes now.') + '\n\nThank you,\n'
                f'{p.full()}\n{p.phone}')
        top = f'{greet(ctx, lang, r)}\n\nForwarding this client question for the TB team.\n\n' + signature(ctx, s, 'clsc', lang)
        spec['subject'] = 'FW: TB letter – question'
        spec['text'] = top + '\n\n' + forward_block(lang, (p.full(), p.email), pd, 'TB letter', pmsg)
        types.append('lab_result')
    return done(spec, types, "patient's own e-mail forwarded by clinic staff")


# ---------------------------------------------------------------- 34. short reply with quoted history
def reply_quoted(ctx, i, lang):
    p = ctx.holder(min_age=1) if i != 1 else ctx.patient(1, 90)
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['lab', 'hosp']), lang)
    d0 = earlier(ctx, spec['date'], (3, 48))
    d1 = earlier(ctx, d0, (2, 24))
    key = ctx.pick(['pertussis', 'shigella', 'ecoli', 'mumps', 'giardia'])
    dz = MADO[key]
    types = ['patient_name', 'diagnosis', 'lab_result']
    if lang == 'fr':
        first = (f'{greet(ctx, lang)}\n\nPouvez-vous nous transmettre le résultat de culture pour {p.full()} '
                 f'({p.dob_fr()}) ? Le médecin traitant nous dit qu’il s’agit d’une {dz[0]} mais nous n’avons rien reçu.\n\n'
                 + signature(ctx, s, 'dsp', lang))
        second = (f'Bonjour,\n\nRésultat final : {dz[2]}. Copie envoyée au Dr {ctx.staff().surname}. ')
        if p.nam:
            second += f'NAM au dossier {fmt_nam(p.nam, ctx.pick([0, 2, 5]))}.'
            types.append('ramq_nam')
        second += '\n\n' + signature(ctx, r, 'lab', lang, role='Technologiste médicale')
        spec['subject'] = ctx.pick(['RE: RE: résultat de culture', 'RE: Résultat manquant', 'Re: demande de résultat'])
        spec['text'] = ('Parfait, merci beaucoup. On ouvre l’enquête.\n\n' + s.given + '\n\n' +
                        quote_block(ctx, lang, (r.full(), r.addr(org('lab')[1])), d0, 'RE: résultat de culture', second + '\n\n' +
                                    quote_block(ctx, lang, (s.full(), s.addr(org('dsp')[1])), d1, 'résultat de culture', first, style='outlook'),
                                    style=ctx.pick(['gt', 'outlook'])))
    else:
        first = f'Hi,\n\nCould you send the culture result for {p.full()} (DOB {p.dob_iso()})? We were told it is {dz[1]}.\n\n' + signature(ctx, s, 'dsp', lang)
        second = f'Hello,\n\nFinal result: {dz[3]}.'
        if p.nam:
            second += f' RAMQ on file {fmt_nam(p.nam, 0)}.'
            types.append('ramq_nam')
        spec['subject'] = 'RE: RE: culture result'
        spec['text'] = ('Perfect, thanks. Opening the investigation.\n\n' + s.given + '\n\n' +
                        quote_block(ctx, lang, (r.full(), r.addr(org('lab')[1])), d0, 'RE: culture result', second + '\n\n' +
                                    quote_block(ctx, lang, (s.full(), s.addr(org('dsp')[1])), d1, 'culture result', first, style='outlook')))
    types.append('date_of_birth')
    spec['headers'] = [('In-Reply-To', f'<{ctx.rng.getrandbits(60):015x}@lrm-valcartier.example>'),
                       ('Thread-Topic', spec['subject'].split(':')[-1].strip())]
    return done(spec, types, 'one-line reply; identity and result in quoted history')


# ---------------------------------------------------------------- 35. attached .eml
def attached_eml(ctx, i, lang):
    p = ctx.holder(min_age=10) if i != 2 else ctx.patient(10, 80)
    spec, s, r = envelope(ctx, 'dsp', ctx.pick(['clsc', 'gmf']), lang)
    inner_s = ctx.staff()
    inner, _, _ = envelope(ctx, 'lab', 'dsp', lang, sender=inner_s, recipient=s)
    inner['date'] = earlier(ctx, spec['date'])
    key = ctx.pick(list(MADO))
    dz = MADO[key]
    types = ['patient_name', 'diagnosis', 'lab_result']
    if lang == 'fr':
        inner['subject'] = f'Résultat positif – {dz[0]}'
        inner['text'] = (f'Bonjour,\n\nAvis de résultat significatif :\n\nPatient : {p.last_first()}\nDossier : {p.mrn}\n'
                         + (f'NAM : {fmt_nam(p.nam, 0)}\n' if p.nam else '') + f'Analyse : {dz[2]}\nPrescripteur : Dr {ctx.staff().full()}\n\n'
                         + signature(ctx, inner_s, 'lab', lang, role='Microbiologiste'))
        spec['subject'] = ctx.pick(['TR: Résultat positif', 'Pour suivi – voir message joint', 'Message du labo'])
        spec['text'] = f'{greet(ctx, lang, r)}\n\nVoir le message du laboratoire en pièce jointe. Peux-tu joindre le patient ?\n\n' + signature(ctx, s, 'dsp', lang)
        fn = ctx.pick(['Résultat positif.eml', 'message_labo.eml', None])
    else:
        inner['subject'] = f'Positive result – {dz[1]}'
        inner['text'] = (f'Critical result notification:\n\nPatient: {p.last_first()}\nMRN: {p.mrn}\n' +
                         (f'RAMQ: {fmt_nam(p.nam, 0)}\n' if p.nam else '') + f'Test: {dz[3]}\n')
        spec['subject'] = 'FW: positive result'
        spec['text'] = f'{greet(ctx, lang, r)}\n\nSee attached lab message.\n\n' + signature(ctx, s, 'dsp', lang)
        fn = 'Positive result.eml'
    types.append('mrn')
    if p.nam:
        types.append('ramq_nam')
    spec['atts'] = [Att(fn, 'message/rfc822', inner)]
    return done(spec, types, 'lab result inside an attached message/rfc822')


# ---------------------------------------------------------------- 36. ZIP bundle
def zip_bundle(ctx, i, lang):
    idx = ctx.holder(min_age=20)
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    contacts = [ctx.patient(1, 80) for _ in range(5)]
    rows = [['nom', 'prenom', 'ddn', 'telephone', 'lien', 'tct_mm']] + [[c.surname, c.given, c.dob_iso(), c.phone,
                                                                        ctx.pick(['famille', 'collègue', 'ami']), ctx.pick([0, 0, 5, 11, 15])] for c in contacts]
    letter = make_docx('Lettre au médecin traitant' if lang == 'fr' else 'Letter to physician',
                       [f'Objet : {idx.full()}, NAM {fmt_nam(idx.nam, 0)}' if lang == 'fr' else f'Re: {idx.full()}, RAMQ {fmt_nam(idx.nam, 0)}',
                        'Votre patient présente une tuberculose pulmonaire active. Le traitement quadruple a été débuté.' if lang == 'fr'
                        else 'Your patient has active pulmonary TB. Four-drug therapy was started.'], author=s.full())
    z = make_zip([('enquete/lettre_medecin.docx' if lang == 'fr' else 'investigation/letter.docx', letter),
                  ('enquete/contacts.csv' if lang == 'fr' else 'investigation/contacts.csv', make_csv(rows, encoding='cp1252')),
                  ('enquete/LISEZMOI.txt' if lang == 'fr' else 'investigation/README.txt', 'Dossier d’enquête – ne pas diffuser.\r\n'.encode('cp1252'))])
    spec['subject'] = ctx.pick(['Dossier d’enquête TB (zip)', 'Documents enquête']) if lang == 'fr' else 'TB investigation files (zip)'
    spec['text'] = (f'{greet(ctx, lang, r)}\n\n' + ('Voici le dossier complet compressé pour la rencontre de demain.' if lang == 'fr'
                                                    else 'Zipped investigation files for tomorrow.') + '\n\n' + signature(ctx, s, 'dsp', lang, short=True))
    spec['atts'] = [Att(ctx.pick(['enquete_TB.zip', 'dossier.zip']) if lang == 'fr' else 'tb_investigation.zip', 'application/zip', z)]
    return done(spec, ['patient_name', 'ramq_nam', 'diagnosis', 'medication', 'date_of_birth', 'patient_contact', 'lab_result'],
                'ZIP with letter (DOCX) and contact CSV')


# ---------------------------------------------------------------- 37. vCard of a client
def vcard_contact(ctx, i, lang):
    p = ctx.patient(18, 50)
    spec, s, r = envelope(ctx, 'dsp', 'cdp', lang)
    note = ('Partenaire – cas de syphilis infectieuse. Traitement épidémiologique à offrir. Ne pas laisser de message détaillé.'
            if lang == 'fr' else 'Partner of infectious syphilis case – offer epi treatment. No detailed voicemail.')
    vc = make_vcard(p.full(), p.surname, p.given, tel=p.phone, email=p.email, adr=(p.address, p.city, p.postal), note=note,
                    bday=p.dob_iso() if ctx.chance(0.5) else None)
    spec['subject'] = 'Coordonnées à joindre' if lang == 'fr' else 'Contact card'
    spec['text'] = (f'{greet(ctx, lang, r)}\n\n' + ('Voici la fiche de la personne à joindre (voir note).' if lang == 'fr' else 'Contact card attached, see note.')
                    + '\n\n' + signature(ctx, s, 'dsp', lang, short=True))
    spec['atts'] = [Att(f'{p.given} {p.surname}.vcf', 'text/vcard', vc, charset='utf-8')]
    types = ['patient_name', 'patient_contact', 'diagnosis']
    if b'BDAY' in vc:
        types.append('date_of_birth')
    return done(spec, types, 'vCard of an STI partner with note')


# ---------------------------------------------------------------- 38. disguised identifiers
def disguised_ids(ctx, i, lang):
    p = ctx.holder(min_age=18)
    spec, s, r = envelope(ctx, ctx.pick(['gmf', 'clsc2']), 'dsp', lang)
    types = ['patient_name', 'ramq_nam', 'diagnosis']
    if i == 0:
        spec['subject'] = 'dossier a verifier'
        spec['text'] = (f'{greet(ctx, lang)}\n\npour {p.lower()}, nam {fmt_nam(p.nam, 6)}, c’est bien une hépatite B chronique '
                        '(AgHBs + depuis > 6 mois) et non aiguë, on peut fermer la MADO ?\n\nmerci\n' + s.given.lower())
        types.append('lab_result')
    elif i == 1:
        sin = ctx.sin()
        spec['subject'] = f'{p.initials_surname()} – suivi'
        spec['text'] = (f'{greet(ctx, lang)}\n\nClient {p.initials_surname()} ({fmt_nam(p.nam, ctx.pick([8, 9]))}), TB latente, '
                        f'débute rifampicine 600 mg die x 4 mois. NAS pour la demande de remboursement : {fmt_sin(sin, 3)}.\n\n'
                        + signature(ctx, s, 'clsc2', lang, short=True))
        types += ['medication', 'ca_sin']
    else:
        spec['subject'] = 'ID check'
        spec['text'] = (f'{greet(ctx, lang)}\n\nIs this the right person? {p.surname.upper()} {p.given.upper()}, card no. '
                        f'{fmt_nam(p.nam, ctx.pick([3, 5]))}, chart {p.mrn.replace("-", "/")} — chlamydia, treated with doxy.\n\n' + signature(ctx, s, 'gmf', lang, short=True))
        types += ['medication', 'mrn']
    spec['body'] = ctx.pick(['plain', 'alt'])
    spec['tp_force'] = {'charset': 'utf-8'}
    return done(spec, types, 'NAM/SIN written with odd spacing, full-width digits or lower case')


# ---------------------------------------------------------------- 39. statistics workbook with hidden line list
def stats_hidden(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'msss', lang)
    weeks = [f'S{w}' for w in range(1, 9)]
    agg = [['Semaine' if lang == 'fr' else 'Week', 'Coqueluche', 'Rougeole', 'Salmonellose', 'IIM']] + \
          [[w, ctx.rng.randint(0, 9), ctx.rng.randint(0, 2), ctx.rng.randint(1, 12), ctx.rng.randint(0, 1)] for w in weeks]
    raw = [['no_episode', 'nom', 'prenom', 'ddn', 'nam', 'maladie', 'date_debut']]
    for k in range(6):
        p = ctx.holder() if k % 2 == 0 else ctx.patient(0, 90)
        raw.append([f'E{ctx.rng.randint(100000, 999999)}', p.surname, p.given, p.dob_iso(), p.nam or '',
                    ctx.pick(['coqueluche', 'salmonellose', 'rougeole']), ctx.day().isoformat()])
    xl = make_xlsx([('Sommaire' if lang == 'fr' else 'Summary', agg), ('donnees_brutes', raw, True)])
    spec['subject'] = 'Tableau MADO – 8 dernières semaines' if lang == 'fr' else 'Reportable diseases – last 8 weeks'
    spec['text'] = (f'{greet(ctx, lang)}\n\n' + ('Voici le tableau agrégé demandé pour le bilan régional.' if lang == 'fr'
                                                 else 'Here is the aggregate table you requested.') + '\n\n' + signature(ctx, s, 'dsp', lang))
    spec['atts'] = [Att('MADO_8_semaines.xlsx' if lang == 'fr' else 'reportable_8_weeks.xlsx', XLSX, xl)]
    return done(spec, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'],
                'aggregate workbook with a hidden raw line-list sheet')


# ---------------------------------------------------------------- 40. newsletter with a named case
def newsletter_leak(ctx, i, lang):
    p = ctx.holder(min_age=30)
    spec, s, r = envelope(ctx, 'dsp', 'ciusss', lang)
    spec['to'] = [('Liste – Médecins de la région' if lang == 'fr' else 'Regional physicians list', 'liste.medecins@ciusss-hrv.example')]
    e, il = ('e', 'Elle') if p.sex == 'F' else ('', 'Il')
    if lang == 'fr':
        spec['subject'] = 'Bulletin Vigie – édition de mars'
        html = (f'<html><body style="font-family:Georgia"><h2>Bulletin Vigie – Santé publique</h2>'
                '<h3>Légionellose : hausse saisonnière</h3><p>Depuis janvier, 14 cas de légionellose ont été déclarés dans la région, '
                'comparativement à 6 l’an dernier à pareille date.</p>'
                f'<h3>Cas clinique du mois</h3><p>{H.escape(p.titled())}, {p.age()} ans, de {H.escape(p.city)}, s’est présenté{e} à l’urgence '
                f'avec une pneumonie sévère; l’antigène urinaire Legionella était positif. {il} a été traité{e} par lévofloxacine. '
                'L’enquête a relié le cas à une tour de refroidissement.</p>'
                '<h3>Rappel</h3><p>Toute légionellose doit être déclarée dans les 48 h.</p></body></html>')
    else:
        spec['subject'] = 'Public Health Bulletin – March'
        html = (f'<html><body><h2>Public Health Bulletin</h2><p>Legionellosis cases are up: 14 since January.</p>'
                f'<h3>Case of the month</h3><p>{H.escape(p.titled("en"))}, {p.age()}, from {H.escape(p.city)}, presented with severe '
                'pneumonia; Legionella urinary antigen positive, treated with levofloxacin.</p></body></html>')
    spec.update(html=html, text='', body='html')
    return done(spec, ['patient_name', 'diagnosis', 'lab_result', 'medication'], 'newsletter whose case vignette names the patient')


# ---------------------------------------------------------------- 41. foodborne outbreak interviews
def food_outbreak(ctx, i, lang):
    spec, s, r = envelope(ctx, 'dsp', 'dsp', lang)
    event = ctx.pick(['souper spaghetti de la Fabrique', 'mariage au Domaine des Érables', 'cabane à sucre Chez Ti-Jean', 'tournoi de hockey'])
    rows = [['Nom', 'Âge', 'Tél.', 'Symptômes', 'Début', 'Aliments consommés', 'Coproculture'] if lang == 'fr'
            else ['Name', 'Age', 'Phone', 'Symptoms', 'Onset', 'Foods eaten', 'Stool culture']]
    for k in range(ctx.rng.randint(5, 8)):
        p = ctx.holder(min_age=5) if k == 0 else ctx.patient(3, 85)
        rows.append([p.full() + (f' / {fmt_nam(p.nam, 0)}' if p.nam else ''), p.age(), p.phone,
                     ', '.join(ctx.rng.sample(SYMPT_FR[:4], 2)), ctx.day().strftime('%d/%m') + f' {ctx.rng.randint(0, 23)}h',
                     ctx.pick(['jambon, salade de chou', 'fèves au lard, oreilles de crisse', 'tarte au sucre, salade de pâtes', 'poulet, mayo maison']),
                     ctx.pick(['Salmonella Enteritidis', 'en attente', 'non fait', 'négative'])])
    if ctx.chance(0.5):
        att = Att('entrevues_éclosion_TIAC.xlsx', XLSX, make_xlsx([('Entrevues', rows)]))
    else:
        att = Att('entrevues_éclosion_TIAC.pdf', PDF, make_pdf('Entrevues – ' + event, [], table=rows))
    spec['subject'] = f'TIAC – {event} – entrevues' if lang == 'fr' else f'Foodborne outbreak – {event} – interviews'
    spec['text'] = (f'{greet(ctx, lang, r)}\n\n' + ('Voici les entrevues complétées hier soir. Le lien avec la mayonnaise maison se '
                                                    'confirme.' if lang == 'fr' else 'Interviews completed last night attached.') +
                    '\n\n' + signature(ctx, s, 'dsp', lang, role='Épidémiologiste' if lang == 'fr' else 'Epidemiologist'))
    spec['atts'] = [att]
    return done(spec, ['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis', 'lab_result'],
                'foodborne outbreak interviews (names, phones, symptoms)')


POS_C = [
    ('travel_consult', travel_consult, 'ffe'),
    ('travel_pharmacy', travel_pharmacy, 'fe'),
    ('scs_overdose', scs_overdose, 'ffe'),
    ('scs_housing_referral', scs_housing, 'ffe'),
    ('oat_pharmacy_reply', oat_pharmacy, 'ff'),
    ('youth_protection', dpj_report, 'ff'),
    ('be_partner_niss', be_partner, 'ffff'),
    ('fr_partner_nir', fr_partner, 'ffff'),
    ('ontario_partner', ontario_partner, 'eeee'),
    ('subject_only', subject_only, 'ffe'),
    ('filename_only', filename_only, 'ffe'),
    ('patient_mail_fwd', fwd_patient_mail, 'fef'),
    ('reply_quoted_history', reply_quoted, 'ffe'),
    ('attached_eml', attached_eml, 'fef'),
    ('zip_bundle', zip_bundle, 'fe'),
    ('vcard_contact', vcard_contact, 'fe'),
    ('disguised_ids', disguised_ids, 'ffe'),
    ('stats_hidden_sheet', stats_hidden, 'fe'),
    ('newsletter_named_case', newsletter_leak, 'fe'),
    ('food_outbreak', food_outbreak, 'ffe'),
]
