"""Shared prose: clinical cases, greetings, signatures, disclaimers, quoting and forwarding."""
import datetime

from gen_common import INST, COMPANIES, staff_addr, MONTHS_EN, MONTHS_FR

# Coherent clinical cases: (key, dx_en, dx_fr, meds_en, meds_fr, lab_en, lab_fr, proc_en, proc_fr)
CASES = [
    dict(k='nstemi', en='NSTEMI', fr='infarctus sans sus-décalage du segment ST (NSTEMI)',
         med_en='ticagrelor 90 mg BID, ASA 81 mg, heparin infusion', med_fr='ticagrélor 90 mg BID, AAS 81 mg, perfusion d\'héparine',
         lab_en='hs-troponin 1,840 ng/L (rising)', lab_fr='troponine hs 1 840 ng/L (en hausse)',
         proc_en='coronary angiography', proc_fr='coronarographie', svc_en='cardiology', svc_fr='cardiologie'),
    dict(k='hip', en='left intertrochanteric hip fracture', fr='fracture intertrochantérienne de la hanche gauche',
         med_en='hydromorphone 0.5 mg SC q4h PRN, enoxaparin 40 mg SC daily', med_fr='hydromorphone 0,5 mg SC q4h PRN, énoxaparine 40 mg SC die',
         lab_en='Hb 94 g/L post-op', lab_fr='Hb 94 g/L en postop',
         proc_en='intramedullary nailing', proc_fr='enclouage centromédullaire', svc_en='orthopaedics', svc_fr='orthopédie'),
    dict(k='cap', en='community-acquired pneumonia (RLL)', fr='pneumonie acquise en communauté (LID)',
         med_en='ceftriaxone 1 g IV q24h + azithromycin 500 mg', med_fr='ceftriaxone 1 g IV die + azithromycine 500 mg',
         lab_en='WBC 18.9, CRP 212', lab_fr='GB 18,9, CRP 212',
         proc_en='chest X-ray', proc_fr='radiographie pulmonaire', svc_en='internal medicine', svc_fr='médecine interne'),
    dict(k='appy', en='acute appendicitis', fr='appendicite aiguë',
         med_en='piperacillin-tazobactam 3.375 g IV q6h', med_fr='pipéracilline-tazobactam 3,375 g IV q6h',
         lab_en='WBC 16.4, CRP 88', lab_fr='GB 16,4, CRP 88',
         proc_en='laparoscopic appendectomy', proc_fr='appendicectomie par laparoscopie', svc_en='general surgery', svc_fr='chirurgie générale'),
    dict(k='copd', en='COPD exacerbation', fr='exacerbation de MPOC',
         med_en='prednisone 40 mg x 5 days, salbutamol/ipratropium nebs', med_fr='prednisone 40 mg x 5 jours, nébulisations salbutamol/ipratropium',
         lab_en='pCO2 62 mmHg, pH 7.31', lab_fr='pCO2 62 mmHg, pH 7,31',
         proc_en='BiPAP overnight', proc_fr='BiPAP la nuit', svc_en='respirology', svc_fr='pneumologie'),
    dict(k='afib', en='atrial fibrillation with rapid ventricular response', fr='fibrillation auriculaire à réponse ventriculaire rapide',
         med_en='apixaban 5 mg BID, metoprolol 25 mg BID', med_fr='apixaban 5 mg BID, métoprolol 25 mg BID',
         lab_en='TSH 0.02 mU/L', lab_fr='TSH 0,02 mU/L',
         proc_en='transthoracic echo', proc_fr='échographie cardiaque transthoracique', svc_en='cardiology', svc_fr='cardiologie'),
    dict(k='dka', en='diabetic ketoacidosis', fr='acidocétose diabétique',
         med_en='insulin infusion, then glargine 18 units HS', med_fr='perfusion d\'insuline, puis glargine 18 unités HS',
         lab_en='glucose 28.4 mmol/L, pH 7.11, anion gap 24', lab_fr='glycémie 28,4 mmol/L, pH 7,11, trou anionique 24',
         proc_en='diabetes teaching', proc_fr='enseignement en diabète', svc_en='endocrinology', svc_fr='endocrinologie'),
    dict(k='stroke', en='left MCA ischemic stroke', fr='AVC ischémique sylvien gauche',
         med_en='tenecteplase given at 14:10, then ASA 81 mg', med_fr='ténectéplase à 14 h 10, puis AAS 81 mg',
         lab_en='LDL 3.9 mmol/L', lab_fr='LDL 3,9 mmol/L',
         proc_en='CT angiography', proc_fr='angio-TDM', svc_en='neurology', svc_fr='neurologie'),
    dict(k='pe', en='bilateral pulmonary embolism', fr='embolie pulmonaire bilatérale',
         med_en='enoxaparin 1 mg/kg SC BID, transition to rivaroxaban', med_fr='énoxaparine 1 mg/kg SC BID, relais rivaroxaban',
         lab_en='D-dimer 3.8 mg/L FEU, troponin 48 ng/L', lab_fr='D-dimères 3,8 mg/L, troponine 48 ng/L',
         proc_en='CT pulmonary angiogram', proc_fr='angio-TDM pulmonaire', svc_en='internal medicine', svc_fr='médecine interne'),
    dict(k='panc', en='acute gallstone pancreatitis', fr='pancréatite aiguë biliaire',
         med_en='IV Ringer\'s lactate 250 mL/h, hydromorphone PRN', med_fr='Ringer lactate IV 250 mL/h, hydromorphone PRN',
         lab_en='lipase 1,420 U/L, ALT 310', lab_fr='lipase 1 420 U/L, ALT 310',
         proc_en='ERCP', proc_fr='CPRE', svc_en='gastroenterology', svc_fr='gastro-entérologie'),
    dict(k='cellulitis', en='right leg cellulitis', fr='cellulite de la jambe droite',
         med_en='cefazolin 2 g IV q8h', med_fr='céfazoline 2 g IV q8h',
         lab_en='WBC 13.1, lactate 1.9', lab_fr='GB 13,1, lactate 1,9',
         proc_en='wound care', proc_fr='soins de plaie', svc_en='internal medicine', svc_fr='médecine interne'),
    dict(k='gibleed', en='upper GI bleed (duodenal ulcer)', fr='hémorragie digestive haute (ulcère duodénal)',
         med_en='pantoprazole 8 mg/h infusion, 2 units PRBC', med_fr='pantoprazole 8 mg/h en perfusion, 2 culots globulaires',
         lab_en='Hb 71 g/L', lab_fr='Hb 71 g/L',
         proc_en='gastroscopy', proc_fr='gastroscopie', svc_en='gastroenterology', svc_fr='gastro-entérologie'),
    dict(k='chf', en='decompensated heart failure (EF 25%)', fr='insuffisance cardiaque décompensée (FE 25 %)',
         med_en='furosemide 40 mg IV BID, sacubitril-valsartan on hold', med_fr='furosémide 40 mg IV BID, sacubitril-valsartan suspendu',
         lab_en='NT-proBNP 9,870 ng/L, creatinine 168', lab_fr='NT-proBNP 9 870 ng/L, créatinine 168',
         proc_en='echocardiogram', proc_fr='échocardiographie', svc_en='cardiology', svc_fr='cardiologie'),
    dict(k='concussion', en='concussion and rib fractures after a snowmobile crash', fr='commotion cérébrale et fractures de côtes après un accident de motoneige',
         med_en='acetaminophen 1 g QID, hydromorphone 1 mg PO q4h PRN', med_fr='acétaminophène 1 g QID, hydromorphone 1 mg PO q4h PRN',
         lab_en='ethanol 19 mmol/L on arrival', lab_fr='éthanolémie 19 mmol/L à l\'arrivée',
         proc_en='CT head and chest', proc_fr='TDM cérébrale et thoracique', svc_en='trauma', svc_fr='traumatologie'),
    dict(k='radius', en='displaced distal radius fracture', fr='fracture déplacée du radius distal',
         med_en='naproxen 500 mg BID', med_fr='naproxène 500 mg BID',
         lab_en='pre-op INR 1.0', lab_fr='RNI préop 1,0',
         proc_en='closed reduction and casting', proc_fr='réduction fermée et plâtre', svc_en='orthopaedics', svc_fr='orthopédie'),
    dict(k='aki', en='acute kidney injury on CKD stage 4', fr='insuffisance rénale aiguë sur IRC stade 4',
         med_en='IV fluids, metformin and ramipril held', med_fr='hydratation IV, metformine et ramipril cessés',
         lab_en='creatinine 412 µmol/L, K 6.1 mmol/L', lab_fr='créatinine 412 µmol/L, K 6,1 mmol/L',
         proc_en='renal ultrasound', proc_fr='échographie rénale', svc_en='nephrology', svc_fr='néphrologie'),
    dict(k='urosepsis', en='urosepsis (E. coli)', fr='sepsis d\'origine urinaire (E. coli)',
         med_en='ceftriaxone 2 g IV daily', med_fr='ceftriaxone 2 g IV die',
         lab_en='blood cultures 2/2 positive for E. coli, lactate 4.2', lab_fr='hémocultures 2/2 positives à E. coli, lactate 4,2',
         proc_en='CT abdomen', proc_fr='TDM abdominale', svc_en='internal medicine', svc_fr='médecine interne'),
    dict(k='psychosis', en='first-episode psychosis', fr='premier épisode psychotique',
         med_en='olanzapine 5 mg HS, lorazepam 1 mg PRN', med_fr='olanzapine 5 mg HS, lorazépam 1 mg PRN',
         lab_en='urine drug screen positive for cannabinoids', lab_fr='dépistage urinaire positif aux cannabinoïdes',
         proc_en='psychiatric assessment', proc_fr='évaluation psychiatrique', svc_en='psychiatry', svc_fr='psychiatrie'),
    dict(k='preeclampsia', en='pre-eclampsia at 34 weeks', fr='prééclampsie à 34 semaines',
         med_en='labetalol 200 mg PO TID, magnesium sulfate', med_fr='labétalol 200 mg PO TID, sulfate de magnésium',
         lab_en='protein/creatinine ratio 68 mg/mmol, platelets 118', lab_fr='rapport protéines/créatinine 68 mg/mmol, plaquettes 118',
         proc_en='betamethasone course and fetal monitoring', proc_fr='cure de bétaméthasone et monitorage fœtal', svc_en='obstetrics', svc_fr='obstétrique'),
    dict(k='seizure', en='new-onset generalised seizure', fr='première crise convulsive généralisée',
         med_en='levetiracetam 500 mg BID', med_fr='lévétiracétam 500 mg BID',
         lab_en='Na 121 mmol/L', lab_fr='Na 121 mmol/L',
         proc_en='MRI brain and EEG', proc_fr='IRM cérébrale et EEG', svc_en='neurology', svc_fr='neurologie'),
]


KID_OK = {'cap', 'appy', 'dka', 'radius', 'concussion', 'seizure', 'cellulitis'}
ADULT30 = {'nstemi', 'chf', 'afib', 'aki', 'copd', 'stroke', 'gibleed', 'panc', 'urosepsis'}


def case(rng, exclude=(), p=None):
    """Pick a clinical case compatible with the patient's age and sex."""
    pool = [c for c in CASES if c['k'] not in exclude]
    if p is not None:
        age = p.age_2024
        if not (p.sex == 'F' and 17 <= age <= 45):
            pool = [c for c in pool if c['k'] != 'preeclampsia']
        if age < 16:
            pool = [c for c in pool if c['k'] in KID_OK]
        elif age < 30:
            pool = [c for c in pool if c['k'] not in ADULT30]
        if age < 55:
            pool = [c for c in pool if c['k'] != 'hip']
    return rng.choice(pool)


def dx(c, lang):
    return c['fr'] if lang == 'fr' else c['en']


def med(c, lang):
    return c['med_fr'] if lang == 'fr' else c['med_en']


def lab(c, lang):
    return c['lab_fr'] if lang == 'fr' else c['lab_en']


def proc(c, lang):
    return c['proc_fr'] if lang == 'fr' else c['proc_en']


def svc(c, lang):
    return c['svc_fr'] if lang == 'fr' else c['svc_en']


def greet(lang, rng, name=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour {n},', 'Allo {n},', 'Bonjour à tous,', 'Madame, Monsieur,', 'Salut {n},', 'Bon matin,']
    else:
        opts = ['Hi,', 'Hello {n},', 'Hi {n},', 'Good morning,', 'Dear colleagues,', 'Hi all,', '{n} -', 'Good afternoon {n},']
    o = rng.choice(opts if name else [x for x in opts if '{n}' not in x])
    return o.format(n=name)


def closing(lang, rng):
    if lang == 'fr':
        return rng.choice(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci de votre collaboration,', 'Au plaisir,', 'Merci!'])
    return rng.choice(['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Many thanks,', 'Cheers,', 'Thx', 'Kind regards,'])


def sig(st, org_key, lang, rng, short=False):
    """st is a STAFF tuple; org_key is a key of INST or COMPANIES."""
    if org_key in INST:
        org = INST[org_key][lang]
        tel, dom, city = INST[org_key]['tel'], INST[org_key]['dom'], INST[org_key]['city']
    else:
        org = COMPANIES[org_key]['name']
        tel, dom, city = COMPANIES[org_key]['tel'], COMPANIES[org_key]['dom'], ''
    role = st[3] if lang == 'fr' else st[2]
    name = f'{st[0]} {st[1]}'
    if short:
        return rng.choice([st[0], name, st[0][0] + st[1][0], f'{name}\n{org}'])
    ext = rng.randint(2100, 6899)
    lines = [rng.choice(['--', '', '__________________', '']), name, role, org]
    if rng.random() < 0.5 and city:
        lines.append(city + (', Québec' if INST.get(org_key, {}).get('prov') == 'QC' else ', Ontario'))
    lines.append(('Tél. : ' if lang == 'fr' else 'Tel: ') + tel + (f' poste {ext}' if lang == 'fr' else f' ext. {ext}'))
    if rng.random() < 0.5:
        lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + tel[:-2] + f'{(int(tel[-2:]) + 1) % 100:02d}')
    if rng.random() < 0.3:
        lines.append(staff_addr(st, dom))
    return '\n'.join(x for x in lines if x != '' or True).strip('\n')


DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements '
                 'confidentiels. Si vous n\'êtes pas le destinataire visé, veuillez en aviser l\'expéditeur et '
                 'détruire ce message.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or privileged '
                 'information. If you are not the intended recipient, please notify the sender and delete it.')


def disclaimer(lang, rng, p=0.35):
    if rng.random() < p:
        return '\n\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
    return ''


def quote_block(text, who, when, lang, rng, style=None):
    style = style or rng.choice(['gt', 'gt', 'outlook'])
    if style == 'gt':
        if lang == 'fr':
            head = f'Le {when.day} {MONTHS_FR[when.month - 1]} {when.year} à {when.hour:02d}:{when.minute:02d}, {who[0]} <{who[1]}> a écrit :'
        else:
            head = f'On {MONTHS_EN[when.month - 1][:3]} {when.day}, {when.year}, at {when.hour:02d}:{when.minute:02d}, {who[0]} <{who[1]}> wrote:'
        return head + '\n' + '\n'.join(('> ' + x) if x else '>' for x in text.split('\n'))
    if lang == 'fr':
        head = (f'-----Message d\'origine-----\nDe : {who[0]} <{who[1]}>\nEnvoyé : {when.day} '
                f'{MONTHS_FR[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}')
    else:
        head = (f'-----Original Message-----\nFrom: {who[0]} <{who[1]}>\nSent: {MONTHS_EN[when.month - 1]} '
                f'{when.day}, {when.year} {when.hour:02d}:{when.minute:02d}')
    return head + '\n\n' + text


def fwd_block(text, who, to, subject, when, lang):
    if lang == 'fr':
        return (f'-------- Message transféré --------\nDe : {who[0]} <{who[1]}>\nDate : {when.day} '
                f'{MONTHS_FR[when.month - 1]} {when.year} {when.hour:02d}:{when.minute:02d}\nÀ : {to[0]} <{to[1]}>\n'
                f'Objet : {subject}\n\n{text}')
    return (f'---------- Forwarded message ---------\nFrom: {who[0]} <{who[1]}>\nDate: {MONTHS_EN[when.month - 1][:3]} '
            f'{when.day}, {when.year} {when.hour:02d}:{when.minute:02d}\nTo: {to[0]} <{to[1]}>\nSubject: {subject}\n\n{text}')


def day(rng, start=datetime.date(2024, 1, 8), span=300):
    return start + datetime.timedelta(days=rng.randint(0, span))


def dt(rng, d=None):
    d = d or day(rng)
    return datetime.datetime(d.year, d.month, d.day, rng.randint(7, 18), rng.randint(0, 59))


def policy_no(rng, prefix=None):
    prefix = prefix or rng.choice(['NSA', 'MST', 'BAV', 'AVL', 'TRV'])
    return f'{prefix}-{rng.randint(2023, 2024)}-{rng.randint(100000, 999999)}'


def case_no(rng):
    return rng.choice([f'C{rng.randint(1000000, 9999999)}', f'DOS-{rng.randint(10000, 99999)}',
                       f'{rng.randint(24, 24)}-{rng.randint(10000, 99999)}-AS'])
